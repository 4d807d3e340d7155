// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planeditor.h"
#include "plan/planitemref.h"

#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace rw {

class FloorPlanScene;

/// Edits what is selected on the floor plan: one item, or several of one kind at once (a changed field
/// is set on all of them, as one undo step). Fields whose values differ across the selection are marked.
/// Racks of one row also show the row (name, containment), racks on a coolant loop their attachment and
/// (when they share one) the loop; with nothing selected, the hall. Values come
/// with their units; ranges come from the stored field definitions.
class PropertyPanel : public QWidget {
    Q_OBJECT
public:
    PropertyPanel(Plan &plan, FloorPlanScene *scene, QWidget *parent = nullptr);
    /// nullptr: show only (read-only plans).
    void setEditor(PlanEditor *editor);

signals:
    void editRefused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild(bool force);
    void rebuild();
    template <class T> void addGroup(const QString &title, const std::vector<Id> &ids, const QStringList &skip);
    /// The selected racks' attachments to coolant loops, and their loop when they share one.
    void addCoolantGroups(const std::vector<Id> &rackIds);
    /// Sets the field on every entity, as one undo step; the reason when the plan refused it.
    template <class T> QString apply(const std::vector<Id> &ids, int fieldIndex, const QVariant &value);

    Plan &mPlan;
    FloorPlanScene *mScene;
    PlanEditor *mEditor = nullptr;
    QWidget *mContent = nullptr;
    QVBoxLayout *mLayout;
    QTimer mRebuildTimer;
    bool mForce = false;
    std::vector<PlanItemRef> mShownRefs;  ///< what the editors show
    Id mShownHall = kNoId;
};

}  // namespace rw
