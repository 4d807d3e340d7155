// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QMenu>

#include <functional>

namespace rw {

class FloorPlanView;
class PlanEditor;
struct EditResult;

/// The Liquid cooling menu: create and edit coolant loops (a CDU's technology loop, a facility water system) and
/// heat-rejection stages, put the racks selected on the floor plan on a loop or take them off, remove loops.
/// Each entry opens a dialog with the figures of LiquidDefaults and calls a named operation of LiquidEdits (one
/// undo step); a refused edit says why and reopens the dialog with what was typed. Removals ask first. It holds no
/// plan state. The loop diagram (LiquidPanel) runs the same operations on the element it is asked about.
class LiquidMenu : public QMenu {
    Q_OBJECT
public:
    /// readOnly tells whether the plan shown may be changed now.
    LiquidMenu(PlanEditor &editor, FloorPlanView &view, std::function<bool()> readOnly, QWidget *parent = nullptr);
    void retranslate();

    /// The entries' work (public for the tests, the main window and the loop diagram). A facility loop or loop
    /// given is the one offered in the dialog; kNoId: the menu's choice.
    void newTechnologyLoop(Id facilityLoopId = kNoId);
    void newFacilityLoop();
    void newStage(Id facilityLoopId = kNoId);
    void editLoop(Id loopId);
    void editStage(Id stageId);
    void removeLoop(Id loopId);
    void removeStage(Id stageId);
    void attachSelectedRacks(Id loopId = kNoId);
    void detachSelectedRacks();
    void detachRacks(const std::vector<Id> &rackIds);

    bool isReadOnly() const { return mReadOnly(); }
    /// Whether racks are selected on the floor plan (what "put racks on a loop" takes).
    bool hasSelectedRacks() const;
    /// Enables the entries by what can be done now (also before the loop diagram offers them).
    void updateEnabled();

    QAction *newLoopAction() const { return mNewLoop; }
    QAction *attachAction() const { return mAttach; }
    /// The entries a tool bar offers beside the loop diagram.
    QList<QAction *> panelActions() const { return { mNewLoop, mNewFacility, mNewStage, mAttach }; }

private:
    /// Asks for a loop until it is accepted or the dialog cancelled.
    void askForLoop(CoolantLoop loop);
    void fillLoopMenus();
    /// Says why nothing changed (when refused); returns whether the edit was accepted.
    bool report(const EditResult &result, const QString &title);
    /// A message instead of an edit that cannot be made now; returns false.
    bool refuse(const QString &title, const QString &why);
    bool editable(const QString &title);
    /// Asks before a removal (undo brings it back, but a loop takes its stages and rack attachments with it).
    bool confirmRemoval(const QString &title, const QString &question);

    PlanEditor &mEditor;
    FloorPlanView &mView;
    std::function<bool()> mReadOnly;
    QAction *mNewLoop, *mNewFacility, *mNewStage, *mAttach, *mDetach;
    QMenu *mEditMenu, *mRemoveMenu;
};

}  // namespace rw
