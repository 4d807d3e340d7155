// SPDX-License-Identifier: GPL-3.0-or-later
#include "undogroup.h"

#include <algorithm>

namespace rw {
namespace {
constexpr int kGroupMergeId = 900;
}

UndoGroup::UndoGroup(const QString &text, const QString &mergeKey) : QUndoCommand(text), mMergeKey(mergeKey)
{
}

UndoGroup::~UndoGroup() = default;

void UndoGroup::execute(std::unique_ptr<QUndoCommand> child)
{
    child->redo();
    mChildren.push_back(std::move(child));
}

void UndoGroup::rollback()
{
    undo();
    mChildren.clear();
}

void UndoGroup::redo()
{
    if (std::exchange(mCarriedOut, false))
        return;
    for (const auto &child : mChildren)
        child->redo();
}

void UndoGroup::undo()
{
    for (auto it = mChildren.rbegin(); it != mChildren.rend(); ++it)
        (*it)->undo();
}

int UndoGroup::id() const
{
    return mMergeKey.isEmpty() ? -1 : kGroupMergeId;
}

bool UndoGroup::mergeWith(const QUndoCommand *other)
{
    const auto *group = dynamic_cast<const UndoGroup *>(other);
    if (!group || group->mMergeKey != mMergeKey)
        return false;
    for (const auto &child : group->mChildren) {
        if (mChildren.empty() || !mChildren.back()->mergeWith(child.get()))
            mChildren.push_back(child);
    }
    setObsolete(std::all_of(mChildren.begin(), mChildren.end(), [](const auto &c) { return c->isObsolete(); }));
    return true;
}

}  // namespace rw
