// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floorplanview.h"

#include <QToolBar>

class QActionGroup;
class QComboBox;
class QMenu;

namespace rw {

/// The floor plan's drawing toolbar (tools), the bar of their options (and the rack colour mode) and the
/// "Arrange" menu.
/// Tool and arrange shortcuts act while the floor plan has the focus.
class FloorPlanToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit FloorPlanToolBar(FloorPlanView *view, QWidget *parent = nullptr);

    QMenu *arrangeMenu() const { return mArrangeMenu; }
    /// Enables the editing tools (false for read-only plans).
    void setEditable(bool editable);
    QAction *toolAction(FloorTool tool) const;
    /// Fills the selected racks (set by the main window, which owns the dialog).
    QAction *fillAction() const { return mFill; }
    QComboBox *colourModeBox() const { return mColourMode; }
    /// The options of the tools (rack type, facing, containment, kinds) and the colour mode, in a tool
    /// bar of their own so that the main window can give them a row: at the end of the tools' row they
    /// would fall into its overflow menu.
    QToolBar *optionsBar() const { return mOptions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *addArrange(const QKeySequence &key, const std::function<void()> &slot);

    FloorPlanView *mView;
    QActionGroup *mTools;
    QMenu *mArrangeMenu;
    QToolBar *mOptions;
    QComboBox *mRackTemplate;
    QComboBox *mFacing;
    QComboBox *mContainment;
    QComboBox *mCoolingKind;
    QComboBox *mPowerKind;
    QComboBox *mColourMode;
    QAction *mDelete, *mRotate, *mDuplicate, *mCopy, *mPaste, *mSelectAll, *mFill;
    QAction *mAlignLeft, *mAlignCentre, *mAlignRight, *mAlignTop, *mAlignMiddle, *mAlignBottom;
    QAction *mDistributeX, *mDistributeY, *mSnap, *mOverview;
};

}  // namespace rw
