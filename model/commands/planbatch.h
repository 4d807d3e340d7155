#pragma once

#include "planeditor.h"

#include <QUndoCommand>

#include <functional>
#include <vector>

namespace rw {

/// One undo step made of many entity edits, applied in order. It is already applied when pushed: the
/// edits were carried out one by one while the batch was assembled, each checked against the plan as
/// the edits before it left it.
class BatchCommand : public QUndoCommand {
public:
    struct Step {
        std::function<void()> redo;
        std::function<void()> undo;
    };
    BatchCommand(std::vector<Step> steps, const QString &text, const QString &mergeKey);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::vector<Step> mSteps;
    QString mMergeKey;
    bool mApplied = true;  // the first redo() (QUndoStack::push) finds the edits carried out already
};

/// Several edits that form one user action (draw a row of racks, move a selection, fill racks with
/// devices), pushed as ONE undo step. Each edit is checked like a single PlanEditor edit, against the plan
/// as the edits before it changed it. When one is refused, everything done so far is rolled back and
/// nothing is pushed: the plan is left exactly as it was. A batch that is not committed rolls back too.
class PlanBatch {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanBatch)
public:
    PlanBatch(PlanEditor &editor, const QString &text);
    ~PlanBatch();
    PlanBatch(const PlanBatch &) = delete;
    PlanBatch &operator=(const PlanBatch &) = delete;

    /// Adds the entity; a keyed entity with id 0 gets a fresh id, written back into `entity`.
    template <class T> bool add(T &entity);
    template <class T> bool update(const T &entity);
    template <class T> bool remove(const typename EntityTraits<T>::Key &key);

    bool failed() const { return !mError.isEmpty(); }
    QString error() const { return mError; }
    bool isEmpty() const { return mSteps.empty(); }
    const Plan &plan() const { return mEditor.plan(); }

    /// Pushes the edits as one undo step (none when there were no changes). Successive commits with the
    /// same non-empty mergeKey merge into one undo step (repeated nudges with the arrow keys).
    EditResult commit(const QString &mergeKey = {});

private:
    void apply(BatchCommand::Step step);
    void fail(const QString &why);
    void rollback();

    PlanEditor &mEditor;
    QString mText;
    std::vector<BatchCommand::Step> mSteps;
    QString mError;
    bool mDone = false;
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
    const T copy = entity;
    apply({ [&plan, copy] { plan.insert(copy); }, [&plan, copy] { plan.take<T>(EntityTraits<T>::keyOf(copy)); } });
    return true;
}

template <class T> bool PlanBatch::update(const T &entity)
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
    const T old = *before;
    apply({ [&plan, entity] { plan.replace(entity); }, [&plan, old] { plan.replace(old); } });
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
    const T old = *before;
    apply({ [&plan, key] { plan.take<T>(key); }, [&plan, old] { plan.insert(old); } });
    return true;
}

}  // namespace rw
