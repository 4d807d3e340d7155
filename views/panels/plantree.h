// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QTimer>
#include <QTreeWidget>

namespace rw {

/// The plan as a tree: halls, rows, racks and their devices, cooling, power chain, scenarios and the
/// plan's device types. Rebuilt (keeping what was expanded) after changes.
class PlanTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit PlanTree(const Plan &plan, QWidget *parent = nullptr);
    /// Selects the entity's item without emitting entityActivated.
    void select(EntityKind kind, const QVariant &key);

signals:
    void entityActivated(rw::EntityKind kind, const QVariant &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text, EntityKind kind, const QVariant &key,
                             const QString &detail = {});

    const Plan &mPlan;
    QTimer mRebuildTimer;
    bool mSelecting = false;
};

}  // namespace rw
