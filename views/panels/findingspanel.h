// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/validation.h"

#include <QTimer>
#include <QWidget>

class QListWidget;

namespace rw {

/// The plan's validation findings (errors and warnings), kept live; clicking one selects and shows its item.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(const Plan &plan, QWidget *parent = nullptr);
    int count() const;
    QListWidget *list() const;
    /// Findings of an analysis the panel does not run itself (the cooling failure sweep), listed after the
    /// plan's own; forgotten when the plan changes, since they describe the plan as it was.
    void setAnalysisFindings(std::vector<Finding> findings);

signals:
    /// A finding was clicked or chosen with the keys: show the entity it is about.
    void entityActivated(rw::EntityKind kind, const QVariant &key);
    /// A finding was double-clicked or Enter pressed on it: open the entity (its dialog, where it has one).
    void entityOpened(rw::EntityKind kind, const QVariant &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const Plan &mPlan;
    std::vector<Finding> mAnalysisFindings;
    QListWidget *mList;
    QTimer mRefreshTimer;
    bool mRefreshing = false;
};

}  // namespace rw
