// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QUndoCommand>

namespace rw {

// The children an UndoGroup is made of (PlanBatch adds them): each changes one entity of a plan. They are the
// only code that calls Plan's mutating members.

template <class T>
class AddEntityCommand : public QUndoCommand {
public:
    AddEntityCommand(Plan &plan, const T &entity) : mPlan(plan), mEntity(entity)
    {
    }
    void redo() override { mPlan.insert(mEntity); }
    void undo() override { mPlan.take<T>(EntityTraits<T>::keyOf(mEntity)); }

private:
    Plan &mPlan;
    T mEntity;
};

template <class T>
class RemoveEntityCommand : public QUndoCommand {
public:
    RemoveEntityCommand(Plan &plan, const T &entity) : mPlan(plan), mEntity(entity)
    {
    }
    void redo() override { mPlan.take<T>(EntityTraits<T>::keyOf(mEntity)); }
    void undo() override { mPlan.insert(mEntity); }

private:
    Plan &mPlan;
    T mEntity;  // the command owns the removed entity while it is undoable
};

template <class T>
class EditEntityCommand : public QUndoCommand {
public:
    EditEntityCommand(Plan &plan, const T &before, const T &after, bool mergeable)
        : mPlan(plan), mBefore(before), mAfter(after), mMergeable(mergeable)
    {
    }
    void redo() override { mPlan.replace(mAfter); }
    void undo() override { mPlan.replace(mBefore); }
    /// Takes over a later edit of the same entity (a drag); UndoGroup::mergeWith() asks.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditEntityCommand<T> *>(other);
        if (!edit || !edit->mMergeable || EntityTraits<T>::keyOf(edit->mAfter) != EntityTraits<T>::keyOf(mAfter))
            return false;
        mAfter = edit->mAfter;
        setObsolete(mAfter == mBefore);
        return true;
    }

private:
    Plan &mPlan;
    T mBefore;
    T mAfter;
    bool mMergeable;
};

class EditSiteCommand : public QUndoCommand {
public:
    EditSiteCommand(Plan &plan, const Site &before, const Site &after) : mPlan(plan), mBefore(before), mAfter(after)
    {
    }
    void redo() override { mPlan.setSite(mAfter); }
    void undo() override { mPlan.setSite(mBefore); }

private:
    Plan &mPlan;
    Site mBefore;
    Site mAfter;
};

}  // namespace rw
