// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace rw {

/// The one way an undo step is assembled: child commands, each carried out the moment it is added, so that
/// the next one is checked against the plan as the ones before it left it (LibrePCB's UndoCommandGroup).
/// Pushed on the stack, the group is done already: the stack's first redo() does nothing. Undo runs the
/// children newest first, redo oldest first.
class UndoGroup : public QUndoCommand {
public:
    /// Successive groups with the same non-empty mergeKey merge into one undo step (arrow-key nudges, one
    /// drag); a child that can merge with the last one does (EditEntityCommand), and a group whose
    /// children all came back to where they started is dropped.
    explicit UndoGroup(const QString &text, const QString &mergeKey = {});
    ~UndoGroup() override;

    /// Carries out `child` now and keeps it for undo and redo.
    void execute(std::unique_ptr<QUndoCommand> child);
    /// Undoes what was carried out so far, newest first, and forgets it: the plan is as it was before.
    void rollback();
    bool isEmpty() const { return mChildren.empty(); }
    void setMergeKey(const QString &mergeKey) { mMergeKey = mergeKey; }

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    // Shared, so that a merged group's children can be taken over from the const group that merges in.
    std::vector<std::shared_ptr<QUndoCommand>> mChildren;
    QString mMergeKey;
    bool mCarriedOut = true;  // the stack's first redo() (QUndoStack::push) finds the children done already
};

}  // namespace rw
