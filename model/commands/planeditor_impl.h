#pragma once

// Template members of PlanEditor; included by planeditor.h only.

#include "entitycommands.h"

#include "i18n/labels.h"

#include <QUndoStack>

namespace rw {

template <class T> QString PlanEditor::checkFields(const T &entity) const
{
    for (const auto &f : EntityTraits<T>::fields()) {
        QVariant normalised;
        QString why;
        if (!FieldCheck::check(f, f.get(entity), &normalised, &why))
            return QCoreApplication::translate("rw::PlanEditor", "%1: \"%2\" %3.")
                .arg(Labels::of(EntityTraits<T>::kind), Labels::field<T>(f.name).text, why);
    }
    return {};
}

template <class T> QString PlanEditor::check(const T &entity) const
{
    QString error = checkFields(entity);
    if (error.isEmpty())
        error = checkReferences(entity);
    return error;
}

template <class T> EditResult PlanEditor::add(T entity)
{
    if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
        if (entity.id == kNoId)
            entity.id = mPlan.allocateId();
    }
    const auto key = EntityTraits<T>::keyOf(entity);
    if (mPlan.find<T>(key))
        return EditResult::refused(QCoreApplication::translate("rw::PlanEditor", "%1 %2 exists already.")
                                       .arg(Labels::of(EntityTraits<T>::kind))
                                       .arg(key));
    if (const QString error = check(entity); !error.isEmpty())
        return EditResult::refused(error);
    mStack.push(new AddEntityCommand<T>(
        mPlan, entity, QCoreApplication::translate("rw::PlanEditor", "Add %1").arg(Labels::of(EntityTraits<T>::kind))));
    if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>)
        return EditResult::done(entity.id);
    else
        return EditResult::done();
}

template <class T> EditResult PlanEditor::update(const T &entity, bool mergeable)
{
    const T *before = mPlan.find<T>(EntityTraits<T>::keyOf(entity));
    if (!before)
        return EditResult::refused(
            QCoreApplication::translate("rw::PlanEditor", "%1 does not exist.").arg(Labels::of(EntityTraits<T>::kind)));
    if (*before == entity)
        return EditResult::done();  // nothing to do: no empty undo step
    if (const QString error = check(entity); !error.isEmpty())
        return EditResult::refused(error);
    mStack.push(new EditEntityCommand<T>(mPlan, *before, entity,
        QCoreApplication::translate("rw::PlanEditor", "Edit %1").arg(Labels::of(EntityTraits<T>::kind)), mergeable));
    return EditResult::done();
}

}  // namespace rw
