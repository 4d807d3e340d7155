// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entitytraits.h"

#include <QStringList>

namespace rw::schema {

QString columnType(FieldType type);

template <class T> QString createTable(const char *table, const std::vector<FieldDef<T>> &fields, bool keyed)
{
    QStringList columns;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        // Declarations may be NULL: not declared.
        QString column = fields[i].name + QLatin1Char(' ') + columnType(fields[i].type)
            + (fields[i].nullable ? QString() : QStringLiteral(" NOT NULL"));
        if (keyed && i == 0)
            column += QStringLiteral(" PRIMARY KEY");
        columns << column;
    }
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(QLatin1String(table), columns.join(QStringLiteral(", ")));
}

/// The current schema, generated from the field definitions. A test pins it to a snapshot, so a
/// change of any field forces a new schema version with a migration.
QStringList currentSchema();

/// Statements that upgrade a file from version `from` to `from + 1`. Frozen once released. The columns
/// a version added to existing tables come from kFieldAdditions (fieldhistory.h).
QStringList migrationFrom(int from);

/// The step to version 8: tables for the site's weather and the CAD underlays. A function of its own so that
/// it can follow whichever step reaches version 7.
QStringList weatherAndUnderlayTables();

/// ALTER TABLE statements for the columns that schema version toVersion added to existing tables.
QStringList addedColumns(int toVersion);

}  // namespace rw::schema
