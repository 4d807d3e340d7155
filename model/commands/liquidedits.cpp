// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidedits.h"

#include "planbatch.h"

namespace rw {
namespace {

const LoopRack *attachmentOf(const Plan &plan, Id rackId)
{
    for (const auto &[id, attachment] : plan.all<LoopRack>()) {
        if (attachment.rackId == rackId)
            return &attachment;
    }
    return nullptr;
}

}  // namespace

EditResult LiquidEdits::addLoop(PlanEditor &editor, CoolantLoop loop)
{
    PlanBatch batch(editor, tr("Add coolant loop %1").arg(loop.name));
    batch.add(loop);
    EditResult result = batch.commit();
    if (result.ok)
        result.id = loop.id;
    return result;
}

EditResult LiquidEdits::editLoop(PlanEditor &editor, const CoolantLoop &loop)
{
    if (!editor.plan().find<CoolantLoop>(loop.id))
        return EditResult::refused(tr("The coolant loop does not exist."));
    PlanBatch batch(editor, tr("Edit coolant loop %1").arg(loop.name));
    batch.update(loop);
    return batch.commit();
}

EditResult LiquidEdits::removeLoop(PlanEditor &editor, Id loopId)
{
    const Plan &plan = editor.plan();
    const CoolantLoop *loop = plan.find<CoolantLoop>(loopId);
    if (!loop)
        return EditResult::refused(tr("The coolant loop does not exist."));
    for (const auto &[id, other] : plan.all<CoolantLoop>()) {
        if (other.facilityLoopId == loopId)
            return EditResult::refused(
                tr("%1 feeds the CDU loop %2; connect it elsewhere first.").arg(loop->name, other.name));
    }
    PlanBatch batch(editor, tr("Remove coolant loop %1").arg(loop->name));
    std::vector<Id> stages, attachments;
    for (const auto &[id, stage] : plan.all<LoopRejection>())
        if (stage.loopId == loopId)
            stages.push_back(id);
    for (const auto &[id, attachment] : plan.all<LoopRack>())
        if (attachment.loopId == loopId)
            attachments.push_back(id);
    for (Id id : stages)
        batch.remove<LoopRejection>(id);
    for (Id id : attachments)
        batch.remove<LoopRack>(id);
    batch.remove<CoolantLoop>(loopId);
    return batch.commit();
}

EditResult LiquidEdits::addStage(PlanEditor &editor, LoopRejection stage)
{
    PlanBatch batch(editor, tr("Add heat-rejection stage"));
    batch.add(stage);
    EditResult result = batch.commit();
    if (result.ok)
        result.id = stage.id;
    return result;
}

EditResult LiquidEdits::editStage(PlanEditor &editor, const LoopRejection &stage)
{
    if (!editor.plan().find<LoopRejection>(stage.id))
        return EditResult::refused(tr("The heat-rejection stage does not exist."));
    PlanBatch batch(editor, tr("Edit heat-rejection stage"));
    batch.update(stage);
    return batch.commit();
}

EditResult LiquidEdits::removeStage(PlanEditor &editor, Id stageId)
{
    if (!editor.plan().find<LoopRejection>(stageId))
        return EditResult::refused(tr("The heat-rejection stage does not exist."));
    PlanBatch batch(editor, tr("Remove heat-rejection stage"));
    batch.remove<LoopRejection>(stageId);
    return batch.commit();
}

EditResult LiquidEdits::attachRacks(
    PlanEditor &editor, const std::vector<Id> &rackIds, Id loopId, const LoopRack &figures)
{
    const Plan &plan = editor.plan();
    const CoolantLoop *loop = plan.find<CoolantLoop>(loopId);
    if (!loop)
        return EditResult::refused(tr("The coolant loop does not exist."));
    PlanBatch batch(editor, tr("Put %n rack(s) on %1", nullptr, int(rackIds.size())).arg(loop->name));
    for (Id rackId : rackIds) {
        if (!plan.find<Rack>(rackId))
            return EditResult::refused(tr("Rack %1 does not exist.").arg(rackId));
        LoopRack attachment = figures;
        attachment.rackId = rackId;
        attachment.loopId = loopId;
        if (const LoopRack *existing = attachmentOf(plan, rackId)) {
            attachment.id = existing->id;
            batch.update(attachment);
        } else {
            attachment.id = kNoId;
            batch.add(attachment);
        }
    }
    return batch.commit();
}

EditResult LiquidEdits::editAttachment(PlanEditor &editor, const LoopRack &attachment)
{
    if (!editor.plan().find<LoopRack>(attachment.id))
        return EditResult::refused(tr("The rack is not on that coolant loop."));
    PlanBatch batch(editor, tr("Edit rack on coolant loop"));
    batch.update(attachment);
    return batch.commit();
}

EditResult LiquidEdits::detachRacks(PlanEditor &editor, const std::vector<Id> &rackIds)
{
    PlanBatch batch(editor, tr("Take %n rack(s) off their coolant loop", nullptr, int(rackIds.size())));
    for (Id rackId : rackIds)
        removeAttachmentOf(batch, rackId);
    return batch.commit();
}

void LiquidEdits::removeAttachmentOf(PlanBatch &batch, Id rackId)
{
    if (const LoopRack *attachment = attachmentOf(batch.plan(), rackId))
        batch.remove<LoopRack>(attachment->id);
}

QString LiquidEdits::coolingUnitUse(const Plan &plan, Id unitId)
{
    for (const auto &[id, loop] : plan.all<CoolantLoop>()) {
        if (loop.kind == CoolantLoopKind::Technology && loop.cduId == unitId)
            return tr("it is the CDU of coolant loop %1").arg(loop.name);
    }
    for (const auto &[id, stage] : plan.all<LoopRejection>()) {
        if (stage.coolingUnitId == unitId) {
            const CoolantLoop *loop = plan.find<CoolantLoop>(stage.loopId);
            return tr("it is a heat-rejection stage of coolant loop %1").arg(loop ? loop->name : QString());
        }
    }
    return {};
}

}  // namespace rw
