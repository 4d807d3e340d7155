#include "planbatch.h"

#include <QUndoStack>

namespace rw {
namespace {
constexpr int kBatchMergeId = 900;
}

BatchCommand::BatchCommand(std::vector<Step> steps, const QString &text, const QString &mergeKey)
    : QUndoCommand(text), mSteps(std::move(steps)), mMergeKey(mergeKey)
{
}

void BatchCommand::redo()
{
    if (mApplied) {
        mApplied = false;
        return;
    }
    for (const Step &step : mSteps)
        step.redo();
}

void BatchCommand::undo()
{
    for (auto it = mSteps.rbegin(); it != mSteps.rend(); ++it)
        it->undo();
}

int BatchCommand::id() const
{
    return mMergeKey.isEmpty() ? -1 : kBatchMergeId;
}

bool BatchCommand::mergeWith(const QUndoCommand *other)
{
    const auto *batch = dynamic_cast<const BatchCommand *>(other);
    if (!batch || batch->mMergeKey != mMergeKey)
        return false;
    mSteps.insert(mSteps.end(), batch->mSteps.begin(), batch->mSteps.end());
    return true;
}

PlanBatch::PlanBatch(PlanEditor &editor, const QString &text) : mEditor(editor), mText(text)
{
}

PlanBatch::~PlanBatch()
{
    if (!mDone)
        rollback();
}

void PlanBatch::apply(BatchCommand::Step step)
{
    step.redo();
    mSteps.push_back(std::move(step));
}

void PlanBatch::fail(const QString &why)
{
    mError = why;
    rollback();
}

void PlanBatch::rollback()
{
    for (auto it = mSteps.rbegin(); it != mSteps.rend(); ++it)
        it->undo();
    mSteps.clear();
}

EditResult PlanBatch::commit(const QString &mergeKey)
{
    mDone = true;
    if (failed())
        return EditResult::refused(mError);
    if (mSteps.empty())
        return EditResult::done();
    mEditor.undoStack().push(new BatchCommand(std::move(mSteps), mText, mergeKey));
    mSteps.clear();
    return EditResult::done();
}

}  // namespace rw
