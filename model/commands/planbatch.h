// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitycommands.h"
#include "planeditor.h"
#include "undogroup.h"

#include <memory>

namespace rw {

/// Assembles one user action (draw a row of racks, move a selection, fill racks with devices) as ONE undo
/// step: an UndoGroup whose edits are carried out as they are added. Each edit is checked like a single
/// PlanEditor edit, against the plan as the edits before it changed it. When one is refused, everything done
/// so far is rolled back and nothing is pushed: the plan is left exactly as it was. A batch that is not
/// committed rolls back too.
class PlanBatch {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanBatch)
public:
    PlanBatch(PlanEditor &editor, const QString &text);
    ~PlanBatch();
    PlanBatch(const PlanBatch &) = delete;
    PlanBatch &operator=(const PlanBatch &) = delete;

    /// Adds the entity; a keyed entity with id 0 gets a fresh id, written back into `entity`.
    template <class T> bool add(T &entity);
    /// mergeable: a later batch's edit of the same entity merges into this one (a drag).
    template <class T> bool update(const T &entity, bool mergeable = false);
    template <class T> bool remove(const typename EntityTraits<T>::Key &key);
    bool setSite(const Site &site);
    /// Carries out a command the caller has checked already (a removal with what depends on it).
    void execute(std::unique_ptr<QUndoCommand> command);

    bool failed() const { return !mError.isEmpty(); }
    QString error() const { return mError; }
    bool isEmpty() const { return mGroup->isEmpty(); }
    const Plan &plan() const { return mEditor.plan(); }

    /// Pushes the edits as one undo step (none when there were no changes). Successive commits with the
    /// same non-empty mergeKey merge into one undo step (repeated nudges with the arrow keys).
    EditResult commit(const QString &mergeKey = {});

private:
    void fail(const QString &why);

    PlanEditor &mEditor;
    QString mText;
    std::unique_ptr<UndoGroup> mGroup;
    QString mError;
};

template <class T> bool PlanBatch::add(T &entity)
{
    if (failed())
        return false;
    Plan &plan = mEditor.plan();
    if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
        if (entity.id == kNoId)
            entity.id = plan.allocateId();
    }
    if (plan.find<T>(EntityTraits<T>::keyOf(entity))) {
        fail(QCoreApplication::translate("rw::PlanBatch", "This entry exists already."));
        return false;
    }
    if (const QString why = mEditor.check(entity); !why.isEmpty()) {
        fail(why);
        return false;
    }
    execute(std::make_unique<AddEntityCommand<T>>(plan, entity));
    return true;
}

template <class T> bool PlanBatch::update(const T &entity, bool mergeable)
{
    if (failed())
        return false;
    Plan &plan = mEditor.plan();
    const T *before = plan.find<T>(EntityTraits<T>::keyOf(entity));
    if (!before) {
        fail(QCoreApplication::translate("rw::PlanBatch", "The entry to change does not exist any more."));
        return false;
    }
    if (*before == entity)
        return true;
    if (const QString why = mEditor.check(entity); !why.isEmpty()) {
        fail(why);
        return false;
    }
    execute(std::make_unique<EditEntityCommand<T>>(plan, *before, entity, mergeable));
    return true;
}

template <class T> bool PlanBatch::remove(const typename EntityTraits<T>::Key &key)
{
    if (failed())
        return false;
    Plan &plan = mEditor.plan();
    const T *before = plan.find<T>(key);
    if (!before)
        return true;  // removed already (named twice)
    execute(std::make_unique<RemoveEntityCommand<T>>(plan, *before));
    return true;
}

}  // namespace rw

#include "planeditor_impl.h"
