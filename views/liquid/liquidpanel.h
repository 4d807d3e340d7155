// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace rw {

class LoopDiagramScene;
class OneLineView;

/// The coolant loops dock: the loop diagram with the Liquid cooling menu's edits in its tool bar, zoom and fit,
/// and a legend. Selecting racks or a CDU loop in the diagram announces their racks, so the floor plan selects
/// them; racks selected on the floor plan are selected here. Double-clicking a loop edits it.
class LiquidPanel : public QWidget {
    Q_OBJECT
public:
    explicit LiquidPanel(const Plan &plan, QWidget *parent = nullptr);
    ~LiquidPanel() override;

    LoopDiagramScene *scene() const { return mScene; }
    OneLineView *view() const { return mView; }
    /// Adds the menu's edits (new loop, racks on a loop, ...) to the tool bar.
    void addEditActions(const QList<QAction *> &actions);
    /// Selects these racks' boxes (from the floor plan), unless the diagram's selection means them already.
    void showRacks(const std::vector<Id> &rackIds);

signals:
    /// The racks selected in the diagram (with those of selected loops) changed.
    void racksSelected(const std::vector<rw::Id> &rackIds);
    void loopActivated(rw::Id loopId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LoopDiagramScene *mScene;
    OneLineView *mView;
    QToolBar *mToolBar;
    QLabel *mLegend;
    QAction *mZoomIn, *mZoomOut, *mFit;
    QAction *mEditSeparator;
    std::vector<Id> mAnnounced;
    bool mShowing = false;
};

}  // namespace rw
