// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rw {

/// A field added to an entity table after that table first shipped: the plan-file schema version and
/// the JSON format version that first have it. The schema migration adds its column (with the default
/// of a new entity) and the JSON reader lets older documents lack it, both from this one list; a new
/// field of an existing table needs one line here and nothing in schema.cpp or planjson.cpp.
struct FieldAddition {
    const char *table;  ///< EntityTraits<T>::table
    const char *field;  ///< FieldDef::name
    int schemaVersion;  ///< the plan-file schema that added the column
    int jsonFormat;  ///< the JSON format that added the member (1: there from the start)
};

inline constexpr FieldAddition kFieldAdditions[] = {
    { "obstacles", "openAreaShare", 2, 1 },
    { "halls", "returnPlenumM", 4, 3 },
    { "deviceTypes", "powerInput", 9, 7 },
};

}  // namespace rw
