// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace rw {

class LiquidMenu;
class LoopDiagramScene;
class OneLineView;

/// The coolant loops dock: the loop diagram with the Liquid cooling menu's edits in its tool bar, zoom and fit,
/// and a legend. Selecting racks or a CDU loop in the diagram announces their racks, so the floor plan selects
/// them; racks selected on the floor plan are selected here. The diagram edits what it shows through the menu's
/// operations (each one undo step): double-click or Enter edits a stage or loop, Delete removes it (after the
/// menu's question) or takes selected racks off their loop, and each element has a context menu. Read-only: none.
class LiquidPanel : public QWidget {
    Q_OBJECT
public:
    explicit LiquidPanel(const Plan &plan, QWidget *parent = nullptr);
    ~LiquidPanel() override;

    LoopDiagramScene *scene() const { return mScene; }
    OneLineView *view() const { return mView; }
    /// The menu whose operations the diagram runs; its entries for new loops and stages join the tool bar.
    void setEditing(LiquidMenu *menu);
    void setReadOnly(bool readOnly);
    /// The context menu of an element (kNoId: of the empty diagram), as a right-click shows it; the caller owns it.
    QMenu *contextMenu(EntityKind kind, Id id);
    /// Edits the stage or loop (as a double-click on it does).
    void activate(EntityKind kind, Id id);
    QAction *editAction() const { return mEdit; }
    QAction *removeAction() const { return mRemove; }
    /// Selects these racks' boxes (from the floor plan), unless the diagram's selection means them already.
    void showRacks(const std::vector<Id> &rackIds);

signals:
    /// The racks selected in the diagram (with those of selected loops) changed.
    void racksSelected(const std::vector<rw::Id> &rackIds);
    /// An edit cannot be made now (read-only plan, nothing to act on), in words for the status bar.
    void editRefused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void editSelected();
    void removeSelected();
    void remove(EntityKind kind, Id id);
    /// False (and says why) when the plan may not be changed from here.
    bool editable();

    LiquidMenu *mMenu = nullptr;
    bool mReadOnly = false;
    LoopDiagramScene *mScene;
    OneLineView *mView;
    QToolBar *mToolBar;
    QLabel *mLegend;
    QAction *mEdit, *mRemove;
    QAction *mZoomIn, *mZoomOut, *mFit;
    QAction *mEditSeparator;
    std::vector<Id> mAnnounced;
    bool mShowing = false;
};

}  // namespace rw
