// SPDX-License-Identifier: GPL-3.0-or-later
#include "poweredits.h"

#include "planbatch.h"

#include "i18n/labels.h"
#include "plan/dcdistribution.h"

#include <map>
#include <set>

namespace rw {

EditResult PowerEdits::addNode(PlanEditor &editor, PowerNode node, Id feedingNodeId)
{
    const PowerNode *feeder = feedingNodeId == kNoId ? nullptr : editor.plan().find<PowerNode>(feedingNodeId);
    if (feedingNodeId != kNoId && !feeder)
        return EditResult::refused(tr("Power node %1 does not exist.").arg(feedingNodeId));
    PlanBatch batch(editor,
        feeder ? tr("Add power node %1 below %2").arg(node.name, feeder->name)
               : tr("Add power node %1").arg(node.name));
    batch.add(node);
    if (feeder) {
        PowerLink link;
        link.fromId = feedingNodeId;
        link.toId = node.id;
        batch.add(link);
    }
    EditResult result = batch.commit();
    if (result.ok)
        result.id = node.id;
    return result;
}

namespace {

void setEfficiency(PowerNode &node, const std::array<double, 4> &curve)
{
    node.efficiency25 = curve[0];
    node.efficiency50 = curve[1];
    node.efficiency75 = curve[2];
    node.efficiency100 = curve[3];
}

}  // namespace

EditResult PowerEdits::convertToDc800(PlanEditor &editor, const std::vector<Id> &rectifierIds)
{
    const Plan &plan = editor.plan();
    if (rectifierIds.empty())
        return EditResult::refused(tr("Name at least one power node to become a rectifier."));
    std::map<Id, std::vector<Id>> children;
    for (const auto &[id, link] : plan.all<PowerLink>())
        children[link.fromId].push_back(link.toId);
    std::set<Id> rectifiers;
    for (Id id : rectifierIds) {
        const PowerNode *node = plan.find<PowerNode>(id);
        if (!node)
            return EditResult::refused(tr("Power node %1 does not exist.").arg(id));
        if (node->kind == PowerNodeKind::UtilityFeed || node->kind == PowerNodeKind::Generator)
            return EditResult::refused(
                tr("%1 is a %2: a rectifier is fed from the medium-voltage AC, it cannot be the source.")
                    .arg(node->name, Labels::of(node->kind)));
        rectifiers.insert(id);
    }
    // Everything below a rectifier: its DC distribution (a set, so a node under two rectifiers counts once).
    std::set<Id> busways;
    std::vector<Id> stack(rectifiers.begin(), rectifiers.end());
    while (!stack.empty()) {
        const Id at = stack.back();
        stack.pop_back();
        for (Id child : children[at]) {
            if (!rectifiers.count(child) && busways.insert(child).second)
                stack.push_back(child);
        }
    }
    PlanBatch batch(
        editor, tr("Convert %Ln node(s) to 800 V DC distribution", nullptr, int(rectifiers.size() + busways.size())));
    for (Id id : rectifiers) {
        PowerNode node = *plan.find<PowerNode>(id);
        node.kind = PowerNodeKind::Rectifier;
        setEfficiency(node, dc::kRectifierEfficiency);
        batch.update(node);
    }
    for (Id id : busways) {
        PowerNode node = *plan.find<PowerNode>(id);
        if (node.kind == PowerNodeKind::Transformer || node.kind == PowerNodeKind::Ups)
            setEfficiency(node, { 1.0, 1.0, 1.0, 1.0 });
        node.kind = PowerNodeKind::DcBusway;
        batch.update(node);
    }
    return batch.commit();
}

}  // namespace rw
