// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template members of PlanEditor; included by planbatch.h only, after PlanBatch.

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
    PlanBatch batch(
        *this, QCoreApplication::translate("rw::PlanEditor", "Add %1").arg(Labels::of(EntityTraits<T>::kind)));
    batch.add(entity);
    EditResult result = batch.commit();
    if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
        if (result.ok)
            result.id = entity.id;
    }
    return result;
}

template <class T> EditResult PlanEditor::update(const T &entity, bool mergeable)
{
    const auto key = EntityTraits<T>::keyOf(entity);
    if (!mPlan.find<T>(key))
        return EditResult::refused(
            QCoreApplication::translate("rw::PlanEditor", "%1 does not exist.").arg(Labels::of(EntityTraits<T>::kind)));
    PlanBatch batch(
        *this, QCoreApplication::translate("rw::PlanEditor", "Edit %1").arg(Labels::of(EntityTraits<T>::kind)));
    batch.update(entity, mergeable);
    // Successive mergeable edits of one entity (a drag) form one undo step.
    return batch.commit(mergeable ? QStringLiteral("edit/%1/%2").arg(int(EntityTraits<T>::kind)).arg(key) : QString());
}

}  // namespace rw
