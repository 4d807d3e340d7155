// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackrowedits.h"

#include "plan/drawingdefaults.h"
#include "planbatch.h"

namespace rw {

EditResult RackRowEdits::draw(PlanEditor &editor, const RackRowDraft &draft, std::vector<Id> *racks)
{
    const Plan &plan = editor.plan();
    if (!plan.find<Hall>(draft.hallId))
        return EditResult::refused(tr("There is no hall to draw the row in."));
    auto drawn = DrawingDefaults::racksAlong(draft.start, draft.end, draft.prototype, draft.facing);
    PlanBatch batch(editor, tr("Draw a row of %n rack(s)", nullptr, int(drawn.size())));
    Row row;
    row.hallId = draft.hallId;
    row.name = DrawingDefaults::nextRowName(plan, draft.hallId);
    row.containment = draft.containment;
    batch.add(row);
    std::vector<Id> ids;
    int number = 1;
    for (Rack &rack : drawn) {
        rack.hallId = draft.hallId;
        rack.rowId = row.id;
        rack.name = QStringLiteral("%1-%2").arg(row.name).arg(number++, 2, 10, QLatin1Char('0'));
        batch.add(rack);
        ids.push_back(rack.id);
    }
    EditResult result = batch.commit();
    if (!result.ok)
        return result;
    result.id = row.id;
    if (racks)
        *racks = ids;
    return result;
}

}  // namespace rw
