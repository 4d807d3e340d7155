// SPDX-License-Identifier: GPL-3.0-or-later
#include "poweredits.h"

#include "planbatch.h"

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

}  // namespace rw
