// SPDX-License-Identifier: GPL-3.0-or-later
#include "planbatch.h"

#include <QUndoStack>

namespace rw {

PlanBatch::PlanBatch(PlanEditor &editor, const QString &text)
    : mEditor(editor), mText(text), mGroup(std::make_unique<UndoGroup>(text))
{
}

PlanBatch::~PlanBatch()
{
    if (mGroup)
        mGroup->rollback();  // not committed: leave the plan as it was
}

void PlanBatch::execute(std::unique_ptr<QUndoCommand> command)
{
    if (!failed())
        mGroup->execute(std::move(command));
}

bool PlanBatch::setSite(const Site &site)
{
    if (failed())
        return false;
    if (const QString why = mEditor.checkSite(site); !why.isEmpty()) {
        fail(why);
        return false;
    }
    if (site == mEditor.plan().site())
        return true;
    execute(std::make_unique<EditSiteCommand>(mEditor.plan(), mEditor.plan().site(), site));
    return true;
}

void PlanBatch::fail(const QString &why)
{
    mError = why;
    mGroup->rollback();
}

EditResult PlanBatch::commit(const QString &mergeKey)
{
    std::unique_ptr<UndoGroup> group = std::move(mGroup);
    if (failed())
        return EditResult::refused(mError);
    if (group->isEmpty())
        return EditResult::done();
    group->setMergeKey(mergeKey);
    mEditor.undoStack().push(group.release());
    return EditResult::done();
}

}  // namespace rw
