// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"
#include "analysis/powerscope.h"
#include "onelinelayout.h"

#include <QGraphicsScene>
#include <QTimer>

namespace rw {

class PowerNodeItem;

/// The power chain as a one-line diagram (see OneLineLayout): one item per node, orthogonal lines for
/// the links, racks and cooling units collapsed into counts on the node that feeds them. Loads come from
/// the power analysis handed in (the budget panel's), so the diagram and the budgets always agree.
/// Observes the plan and rebuilds after a burst of edits.
class OneLineScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit OneLineScene(const Plan &plan, QObject *parent = nullptr);

    /// Builds all items now (also used by the tests and the benchmark).
    void rebuild();
    void setAnalysis(const PowerAnalysis &analysis);
    /// True while the items are being replaced: selection changes then mean nothing.
    bool rebuilding() const { return mRebuilding; }
    const OneLineLayout &layout() const { return mLayout; }
    /// Which part of the chain is drawn (all of it unless set).
    void setScope(const PowerScope &scope);
    const PowerScope &scope() const { return mScope; }
    /// Whether the node is drawn in the current scope.
    bool shows(Id nodeId) const { return mLayout.boxIndex.count(nodeId) > 0; }

    /// Selected nodes and links, in id order.
    std::vector<Id> selectedNodes() const;
    std::vector<Id> selectedLinks() const;
    PowerNodeItem *nodeItem(Id nodeId) const;
    /// Selects the node (only it) and returns its item.
    PowerNodeItem *selectNode(Id nodeId);

signals:
    /// The items were built again (after edits, a new plan or new loads).
    void rebuilt();

private:
    void scheduleRebuild();

    const Plan &mPlan;
    OneLineLayout mLayout;
    PowerScope mScope;
    std::map<Id, NodeBudget> mBudgets;
    std::map<Id, bool> mOverloaded;  ///< in normal operation
    QTimer mRebuildTimer;
    bool mRebuilding = false;
};

}  // namespace rw
