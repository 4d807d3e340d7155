// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/labels.h"
#include "planbatch.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

/// Setting one field to one value on several entities of a kind (the property panel's multi-selection).
class FieldEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::FieldEdits)
public:
    /// Sets field `fieldIndex` of EntityTraits<T>::fields() on each entity, as one undo step; entities that
    /// are gone are skipped. Refused as a whole when one entity would be refused.
    template <class T>
    static EditResult set(PlanEditor &editor, const std::vector<Id> &ids, int fieldIndex, const QVariant &value);
};

template <class T>
EditResult FieldEdits::set(PlanEditor &editor, const std::vector<Id> &ids, int fieldIndex, const QVariant &value)
{
    const auto &fields = EntityTraits<T>::fields();
    if (fieldIndex < 0 || std::size_t(fieldIndex) >= fields.size())
        return EditResult::refused(QCoreApplication::translate("rw::FieldEdits", "%1 has no field number %2.")
                                       .arg(Labels::of(EntityTraits<T>::kind))
                                       .arg(fieldIndex));
    const FieldDef<T> &field = fields[std::size_t(fieldIndex)];
    PlanBatch batch(
        editor, QCoreApplication::translate("rw::FieldEdits", "Set %1").arg(Labels::field<T>(field.name).text));
    for (Id id : ids) {
        const T *found = editor.plan().find<T>(id);
        if (!found)
            continue;
        T entity = *found;
        field.set(entity, value);
        batch.update(entity);
    }
    return batch.commit();
}

}  // namespace rw
