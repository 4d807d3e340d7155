// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidpanel.h"

#include "loopdiagramscene.h"
#include "powerchain/onelineview.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace rw {

LiquidPanel::LiquidPanel(const Plan &plan, QWidget *parent)
    : QWidget(parent), mScene(new LoopDiagramScene(plan, this)), mView(new OneLineView(mScene, this)),
      mToolBar(new QToolBar(this)), mLegend(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mToolBar->setIconSize(QSize(16, 16));
    layout->addWidget(mToolBar);
    mView->setMinimumHeight(180);
    layout->addWidget(mView, 1);
    mLegend->setWordWrap(true);
    layout->addWidget(mLegend);

    mEditSeparator = mToolBar->addSeparator();
    mZoomIn
        = mToolBar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), QString(), [this] { mView->zoomBy(1.25); });
    mZoomOut
        = mToolBar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), QString(), [this] { mView->zoomBy(0.8); });
    mFit = mToolBar->addAction(
        style()->standardIcon(QStyle::SP_TitleBarMaxButton), QString(), [this] { mView->setAutoFit(true); });

    connect(mScene, &LoopDiagramScene::rebuilt, this, [this] {
        if (mView->autoFit())
            mView->fitAll();
    });
    connect(mScene, &LoopDiagramScene::loopActivated, this, &LiquidPanel::loopActivated);
    connect(mScene, &QGraphicsScene::selectionChanged, this, [this] {
        if (mScene->rebuilding() || mShowing)
            return;
        const std::vector<Id> racks = mScene->racksOfSelection();
        if (racks == mAnnounced)
            return;
        mAnnounced = racks;
        emit racksSelected(racks);
    });
    retranslate();
}

LiquidPanel::~LiquidPanel()
{
    // Deleting the scene's items deselects them: nobody must hear of that while the window goes away.
    disconnect(mScene, nullptr, this, nullptr);
}

void LiquidPanel::addEditActions(const QList<QAction *> &actions)
{
    mToolBar->insertActions(mEditSeparator, actions);
}

void LiquidPanel::showRacks(const std::vector<Id> &rackIds)
{
    if (rackIds == mScene->racksOfSelection())
        return;
    mShowing = true;
    mScene->selectRacks(rackIds);
    mAnnounced = mScene->racksOfSelection();
    mShowing = false;
}

void LiquidPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        mScene->rebuild();
    }
    QWidget::changeEvent(event);
}

void LiquidPanel::retranslate()
{
    mZoomIn->setText(tr("Zoom in"));
    mZoomOut->setText(tr("Zoom out"));
    mFit->setText(tr("Fit"));
    mFit->setToolTip(tr("Show all coolant loops"));
    mLegend->setText(tr("Steady state at design load, from the heat rejection (left) to the racks (right). "
                        "<span style='color:#2e7d32'>Green</span>: fine; <span style='color:#ef6c00'>orange</span>: "
                        "thin or without redundancy (flow less than 10 % above need, N+1 of the pumps or of the heat "
                        "rejection lost); <span style='color:#c62828'>red</span>: short "
                        "of flow or capacity, or coolant over a limit; grey: not solved."));
    mView->setToolTip(tr("Mouse wheel: zoom; middle button or Space + drag: pan; click a rack or a CDU loop: the "
                         "floor plan selects its racks; double-click a loop: edit it"));
}

}  // namespace rw
