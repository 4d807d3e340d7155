// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidpanel.h"

#include "liquidmenu.h"
#include "loopboxitem.h"
#include "loopdiagramscene.h"
#include "powerchain/onelineview.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

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
    auto make = [this](QStyle::StandardPixmap icon, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // the floor plan has its own Delete
        connect(action, &QAction::triggered, this, slot);
        addAction(action);  // keys and context menu only: the tool bar has no room for more in German
        return action;
    };
    mEdit = make(QStyle::SP_FileDialogDetailedView, { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) },
        &LiquidPanel::editSelected);
    mRemove = make(QStyle::SP_TrashIcon, { QKeySequence(QKeySequence::Delete) }, &LiquidPanel::removeSelected);
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
    // After the double-click's event has been handled: the edit's rebuild deletes the box clicked.
    connect(mScene, &LoopDiagramScene::itemActivated, this,
        [this](EntityKind kind, Id id) { QTimer::singleShot(0, this, [this, kind, id] { activate(kind, id); }); });
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const LoopBoxItem *box = mScene->boxAt(mView->mapToScene(at));
        QMenu *menu = contextMenu(box ? box->kind() : EntityKind::CoolantLoop, box ? box->id() : kNoId);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(mView->viewport()->mapToGlobal(at));
    });
    connect(mScene, &QGraphicsScene::selectionChanged, this, [this] {
        updateActions();
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

void LiquidPanel::setEditing(LiquidMenu *menu)
{
    mMenu = menu;
    mToolBar->insertActions(mEditSeparator, menu->panelActions());
    updateActions();
}

void LiquidPanel::setReadOnly(bool readOnly)
{
    mReadOnly = readOnly;
    mScene->setEditable(!readOnly);
    updateActions();
}

void LiquidPanel::updateActions()
{
    const std::vector<LoopBoxItem *> selected = mScene->selectedBoxes();
    const bool editable = mMenu && !mReadOnly;
    mEdit->setEnabled(editable && selected.size() == 1 && selected.front()->kind() != EntityKind::Rack);
    mRemove->setEnabled(editable && !selected.empty());
}

bool LiquidPanel::editable()
{
    if (!mMenu)
        return false;
    if (mReadOnly)
        emit editRefused(tr("The plan is open read-only: the coolant loops cannot be changed."));
    return !mReadOnly;
}

void LiquidPanel::activate(EntityKind kind, Id id)
{
    if (!editable())
        return;
    if (kind == EntityKind::LoopRejection)
        mMenu->editStage(id);
    else if (kind == EntityKind::CoolantLoop)
        mMenu->editLoop(id);
}

void LiquidPanel::editSelected()
{
    const std::vector<LoopBoxItem *> selected = mScene->selectedBoxes();
    if (selected.size() == 1)
        activate(selected.front()->kind(), selected.front()->id());
}

void LiquidPanel::remove(EntityKind kind, Id id)
{
    if (!editable())
        return;
    if (kind == EntityKind::LoopRejection)
        mMenu->removeStage(id);
    else if (kind == EntityKind::CoolantLoop)
        mMenu->removeLoop(id);
    else if (kind == EntityKind::Rack)
        mMenu->detachRacks({ id });
}

void LiquidPanel::removeSelected()
{
    const std::vector<LoopBoxItem *> selected = mScene->selectedBoxes();
    if (selected.empty() || !editable())
        return;
    const bool racksOnly = std::all_of(
        selected.begin(), selected.end(), [](const LoopBoxItem *b) { return b->kind() == EntityKind::Rack; });
    if (racksOnly) {
        std::vector<Id> racks;
        for (const LoopBoxItem *b : selected)
            racks.push_back(b->id());
        mMenu->detachRacks(racks);
    } else if (selected.size() == 1) {
        remove(selected.front()->kind(), selected.front()->id());
    } else {
        emit editRefused(tr("Select one coolant loop or heat-rejection stage to remove it."));
    }
}

QMenu *LiquidPanel::contextMenu(EntityKind kind, Id id)
{
    auto *menu = new QMenu(this);
    menu->setToolTipsVisible(true);
    if (!mMenu)
        return menu;
    if (mReadOnly)
        menu->addAction(tr("The plan is open read-only."))->setEnabled(false);
    const Plan &plan = mScene->plan();
    // Each entry runs once the menu has closed; the key it shows is the one that does the same without the menu.
    auto add = [this, menu](const char *name, const QString &text, const QKeySequence &key, auto work) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setEnabled(!mReadOnly);
        connect(action, &QAction::triggered, this, [this, work] { QTimer::singleShot(0, this, work); });
        return action;
    };
    const QKeySequence editKey = mEdit->shortcut();
    const QKeySequence removeKey = mRemove->shortcut();
    if (kind == EntityKind::LoopRejection && plan.find<LoopRejection>(id)) {
        add("editStage", tr("&Edit heat-rejection stage..."), editKey, [this, id] { mMenu->editStage(id); });
        menu->addSeparator();
        add("removeStage", tr("&Remove heat-rejection stage"), removeKey, [this, id] { mMenu->removeStage(id); });
    } else if (const CoolantLoop *loop = plan.find<CoolantLoop>(id); kind == EntityKind::CoolantLoop && loop) {
        const bool facility = loop->kind == CoolantLoopKind::FacilityWater;
        add("editLoop", facility ? tr("&Edit facility water system...") : tr("&Edit CDU loop..."), editKey,
            [this, id] { mMenu->editLoop(id); });
        if (facility) {
            add("addStage", tr("Add a heat-rejection &stage to this system..."), QKeySequence(),
                [this, id] { mMenu->newStage(id); });
            add("newCduLoop", tr("New &CDU loop on this system..."), mMenu->newLoopAction()->shortcut(),
                [this, id] { mMenu->newTechnologyLoop(id); });
        } else {
            QAction *attach = add("attachRacks", tr("&Put the floor plan's selected racks on this loop..."),
                mMenu->attachAction()->shortcut(), [this, id] { mMenu->attachSelectedRacks(id); });
            if (!mMenu->hasSelectedRacks()) {
                attach->setEnabled(false);
                attach->setToolTip(tr("Select racks on the floor plan first"));
            }
        }
        menu->addSeparator();
        add("removeLoop", facility ? tr("&Remove facility water system") : tr("&Remove CDU loop"), removeKey,
            [this, id] { mMenu->removeLoop(id); });
    } else if (kind == EntityKind::Rack && plan.find<Rack>(id)) {
        add("detachRack", tr("&Take the rack off its loop"), removeKey, [this, id] { mMenu->detachRacks({ id }); });
    } else {
        mMenu->updateEnabled();
        menu->addActions(mMenu->panelActions());
    }
    return menu;
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
    mEdit->setText(tr("Edit"));
    mEdit->setToolTip(tr("Edit the selected heat-rejection stage or coolant loop (%1, or double-click it)")
                          .arg(mEdit->shortcut().toString(QKeySequence::NativeText)));
    mRemove->setText(tr("Remove"));
    mRemove->setToolTip(tr("Remove the selected stage or loop, or take the selected racks off their loop (%1)")
                            .arg(mRemove->shortcut().toString(QKeySequence::NativeText)));
    mFit->setText(tr("Fit"));
    mFit->setToolTip(tr("Show all coolant loops"));
    mLegend->setText(tr("Steady state at design load, from the heat rejection (left) to the racks (right). "
                        "<span style='color:#2e7d32'>Green</span>: fine; <span style='color:#ef6c00'>orange</span>: "
                        "thin or without redundancy (flow less than 10 % above need, N+1 of the pumps or of the heat "
                        "rejection lost); <span style='color:#c62828'>red</span>: short "
                        "of flow or capacity, or coolant over a limit; grey: not solved."));
    mView->setToolTip(
        tr("Mouse wheel: zoom; middle button or Space + drag: pan; click a rack or a CDU loop: the "
           "floor plan selects its racks; double-click a stage or loop: edit it; right-click: what it offers"));
}

}  // namespace rw
