// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidmenu.h"

#include "analysis/liquiddefaults.h"
#include "attachracksdialog.h"
#include "commands/liquidedits.h"
#include "coolantloopdialog.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "loopstagedialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace rw {

LiquidMenu::LiquidMenu(PlanEditor &editor, FloorPlanView &view, std::function<bool()> readOnly, QWidget *parent)
    : QMenu(parent), mEditor(editor), mView(view), mReadOnly(std::move(readOnly))
{
    setObjectName(QStringLiteral("liquidMenu"));
    mNewLoop = addAction(QString());
    mNewLoop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    mNewFacility = addAction(QString());
    mNewStage = addAction(QString());
    mEditMenu = addMenu(QString());
    addSeparator();
    mAttach = addAction(QString());
    mAttach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    mDetach = addAction(QString());
    addSeparator();
    mRemoveMenu = addMenu(QString());
    connect(mNewLoop, &QAction::triggered, this, [this] { newTechnologyLoop(); });
    connect(mNewFacility, &QAction::triggered, this, &LiquidMenu::newFacilityLoop);
    connect(mNewStage, &QAction::triggered, this, [this] { newStage(); });
    connect(mAttach, &QAction::triggered, this, [this] { attachSelectedRacks(); });
    connect(mDetach, &QAction::triggered, this, &LiquidMenu::detachSelectedRacks);
    connect(this, &QMenu::aboutToShow, this, [this] {
        updateEnabled();
        fillLoopMenus();
    });
    retranslate();
}

void LiquidMenu::retranslate()
{
    setTitle(tr("&Liquid cooling"));
    mNewLoop->setText(tr("New &CDU loop..."));
    mNewLoop->setToolTip(tr("A CDU's technology cooling loop: headers, pump set, the CDU's heat exchanger"));
    mNewFacility->setText(tr("New &facility water system..."));
    mNewFacility->setToolTip(tr("The facility water that takes the CDUs' heat to chillers, dry coolers or heat reuse"));
    mNewStage->setText(tr("New heat-rejection &stage..."));
    mNewStage->setToolTip(tr("A chiller, dry cooler or water heat exchanger cooling a facility water system"));
    mEditMenu->setTitle(tr("&Edit coolant loop"));
    mAttach->setText(tr("&Put selected racks on a loop..."));
    mAttach->setToolTip(tr("Connect the racks selected on the floor plan to a CDU's technology loop"));
    mDetach->setText(tr("&Take selected racks off their loop"));
    mRemoveMenu->setTitle(tr("&Remove coolant loop"));
    for (QAction *action : actions()) {
        if (!action->shortcut().isEmpty() && !action->toolTip().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(action->toolTip().section(QStringLiteral(" ("), 0, 0),
                action->shortcut().toString(QKeySequence::NativeText)));
    }
    setToolTipsVisible(true);
}

bool LiquidMenu::hasSelectedRacks() const
{
    return !mView.planScene()->selectedRacks().empty();
}

void LiquidMenu::updateEnabled()
{
    const bool editable = !mReadOnly();
    const bool racksSelected = hasSelectedRacks();
    for (QAction *action : { mNewLoop, mNewFacility, mNewStage })
        action->setEnabled(editable);
    mAttach->setEnabled(editable && racksSelected);
    mDetach->setEnabled(editable && racksSelected);
    mRemoveMenu->setEnabled(editable && !mEditor.plan().all<CoolantLoop>().empty());
    mEditMenu->setEnabled(!mEditor.plan().all<CoolantLoop>().empty());
}

void LiquidMenu::fillLoopMenus()
{
    mEditMenu->clear();
    mRemoveMenu->clear();
    for (const auto &[id, loop] : mEditor.plan().all<CoolantLoop>()) {
        const Id loopId = id;
        connect(mEditMenu->addAction(loop.name), &QAction::triggered, this, [this, loopId] { editLoop(loopId); });
        connect(mRemoveMenu->addAction(loop.name), &QAction::triggered, this, [this, loopId] { removeLoop(loopId); });
    }
}

bool LiquidMenu::report(const EditResult &result, const QString &title)
{
    if (!result.ok)
        QMessageBox::warning(this, title, result.error);
    return result.ok;
}

bool LiquidMenu::refuse(const QString &title, const QString &why)
{
    QMessageBox::information(this, title, why);
    return false;
}

bool LiquidMenu::editable(const QString &title)
{
    return !mReadOnly() || refuse(title, tr("The plan is open read-only."));
}

bool LiquidMenu::confirmRemoval(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Edit > Undo brings it back."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Keep"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == remove;
}

void LiquidMenu::askForLoop(CoolantLoop loop)
{
    const bool adding = loop.id == kNoId;
    const QString refused = adding ? tr("Coolant loop not added") : tr("Coolant loop not changed");
    for (;;) {
        CoolantLoopDialog dialog(mEditor.plan(), loop, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        loop = dialog.loop();
        const EditResult result = adding ? LiquidEdits::addLoop(mEditor, loop) : LiquidEdits::editLoop(mEditor, loop);
        if (report(result, refused))
            return;  // else the values stay in the dialog: nothing is lost
    }
}

void LiquidMenu::newTechnologyLoop(Id facilityLoopId)
{
    const QString title = tr("Coolant loop not added");
    if (!editable(title))
        return;
    if (LiquidDefaults::freeCdus(mEditor.plan()).empty()) {
        refuse(title,
            tr("Every technology loop belongs to a CDU, and the plan has no CDU without a loop: place a "
               "cooling unit of kind CDU first."));
        return;
    }
    CoolantLoop loop = LiquidDefaults::technologyLoop(mEditor.plan());
    if (facilityLoopId != kNoId)
        loop.facilityLoopId = facilityLoopId;
    askForLoop(loop);
}

void LiquidMenu::newFacilityLoop()
{
    if (editable(tr("Coolant loop not added")))
        askForLoop(LiquidDefaults::facilityLoop(mEditor.plan()));
}

void LiquidMenu::editLoop(Id loopId)
{
    if (const CoolantLoop *loop = mEditor.plan().find<CoolantLoop>(loopId);
        loop && editable(tr("Coolant loop not changed")))
        askForLoop(*loop);
}

void LiquidMenu::editStage(Id stageId)
{
    const LoopRejection *found = mEditor.plan().find<LoopRejection>(stageId);
    const QString title = tr("Heat-rejection stage not changed");
    if (!found || !editable(title))
        return;
    LoopRejection stage = *found;
    for (;;) {
        LoopStageDialog dialog(mEditor.plan(), stage, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        stage = dialog.stage();
        if (report(LiquidEdits::editStage(mEditor, stage), title))
            return;
    }
}

void LiquidMenu::newStage(Id facilityId)
{
    const QString title = tr("Heat-rejection stage not added");
    if (!editable(title))
        return;
    for (const auto &[id, loop] : mEditor.plan().all<CoolantLoop>()) {
        if (facilityId == kNoId && loop.kind == CoolantLoopKind::FacilityWater) {
            facilityId = id;
            break;
        }
    }
    if (facilityId == kNoId) {
        refuse(title, tr("A heat-rejection stage cools a facility water system: create one first."));
        return;
    }
    LoopRejection stage = LiquidDefaults::stage(mEditor.plan(), facilityId);
    if (stage.coolingUnitId == kNoId) {
        refuse(title, tr("The plan has no chiller, dry cooler or water heat exchanger that is not a stage already."));
        return;
    }
    for (;;) {
        LoopStageDialog dialog(mEditor.plan(), stage, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        stage = dialog.stage();
        if (report(LiquidEdits::addStage(mEditor, stage), title))
            return;
    }
}

void LiquidMenu::removeLoop(Id loopId)
{
    const CoolantLoop *loop = mEditor.plan().find<CoolantLoop>(loopId);
    const QString title = tr("Coolant loop not removed");
    if (!loop || !editable(title))
        return;
    int stages = 0, racks = 0;
    for (const auto &[id, stage] : mEditor.plan().all<LoopRejection>())
        stages += stage.loopId == loopId ? 1 : 0;
    for (const auto &[id, attachment] : mEditor.plan().all<LoopRack>())
        racks += attachment.loopId == loopId ? 1 : 0;
    QString question = tr("Remove the coolant loop %1?").arg(loop->name);
    if (stages > 0)
        question += QLatin1Char(' ') + tr("Its %n heat-rejection stage(s) go with it.", nullptr, stages);
    if (racks > 0)
        question += QLatin1Char(' ') + tr("%n rack(s) are taken off it.", nullptr, racks);
    if (confirmRemoval(title, question))
        report(LiquidEdits::removeLoop(mEditor, loopId), title);
}

void LiquidMenu::removeStage(Id stageId)
{
    const LoopRejection *stage = mEditor.plan().find<LoopRejection>(stageId);
    const QString title = tr("Heat-rejection stage not removed");
    if (!stage || !editable(title))
        return;
    const CoolingUnit *unit = mEditor.plan().find<CoolingUnit>(stage->coolingUnitId);
    const CoolantLoop *loop = mEditor.plan().find<CoolantLoop>(stage->loopId);
    const QString question = tr("Remove the heat-rejection stage %1 from %2? The cooling unit stays in the hall.")
                                 .arg(unit ? unit->name : QString(), loop ? loop->name : QString());
    if (confirmRemoval(title, question))
        report(LiquidEdits::removeStage(mEditor, stageId), title);
}

void LiquidMenu::attachSelectedRacks(Id loopId)
{
    const QString title = tr("Racks not put on a loop");
    if (!editable(title))
        return;
    const std::vector<Id> racks = mView.planScene()->selectedRacks();
    if (racks.empty()) {
        refuse(title, tr("Select the racks on the floor plan first."));
        return;
    }
    LoopRack figures = LiquidDefaults::attachment(mEditor.plan(), racks);
    for (const auto &[id, attachment] : mEditor.plan().all<LoopRack>()) {
        if (attachment.rackId == racks.front())
            figures.loopId = attachment.loopId;  // offer the loop the first rack is on
    }
    if (loopId != kNoId)
        figures.loopId = loopId;
    bool anyLoop = false;
    for (const auto &[id, loop] : mEditor.plan().all<CoolantLoop>())
        anyLoop = anyLoop || loop.kind == CoolantLoopKind::Technology;
    if (!anyLoop) {
        refuse(title,
            tr("The plan has no CDU loop yet: create one first (%1).")
                .arg(mNewLoop->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    for (;;) {
        AttachRacksDialog dialog(mEditor.plan(), racks, figures, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        figures = dialog.figures();
        figures.loopId = dialog.loopId();
        if (report(LiquidEdits::attachRacks(mEditor, racks, figures.loopId, figures), title))
            return;
    }
}

void LiquidMenu::detachSelectedRacks()
{
    const QString title = tr("Racks not taken off their loop");
    if (!editable(title))
        return;
    const std::vector<Id> racks = mView.planScene()->selectedRacks();
    if (racks.empty()) {
        refuse(title, tr("Select the racks on the floor plan first."));
        return;
    }
    detachRacks(racks);
}

void LiquidMenu::detachRacks(const std::vector<Id> &rackIds)
{
    const QString title = tr("Racks not taken off their loop");
    if (!rackIds.empty() && editable(title))
        report(LiquidEdits::detachRacks(mEditor, rackIds), title);
}

}  // namespace rw
