// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeledits.h"

#include "plan/drawingdefaults.h"
#include "planbatch.h"

namespace rw {

EditResult LabelEdits::add(PlanEditor &editor, Id hallId, QPointF atM, const QString &text)
{
    Label label = DrawingDefaults::label();
    label.hallId = hallId;
    label.xM = atM.x(), label.yM = atM.y();
    label.text = text;
    PlanBatch batch(editor, tr("Add label"));
    batch.add(label);
    EditResult result = batch.commit();
    if (result.ok)
        result.id = label.id;
    return result;
}

EditResult LabelEdits::setText(PlanEditor &editor, Id labelId, const QString &text)
{
    const Label *found = editor.plan().find<Label>(labelId);
    if (!found)
        return EditResult::refused(tr("The label was deleted while its text was edited."));
    Label label = *found;
    label.text = text;
    PlanBatch batch(editor, tr("Edit label text"));
    batch.update(label);
    return batch.commit();
}

}  // namespace rw
