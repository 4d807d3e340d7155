// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonshape.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace rw {

struct FormatSchema {
    QString fileName;  ///< under docs/schemas/
    QByteArray bytes;  ///< the schema document, indented JSON
};

/// The JSON Schemas of Rackwerk's file formats, generated from the tables their readers check against:
/// the plan's field tables (plan/fields.cpp), ReviewFile::shape(), ThermalCaseJson::shape(),
/// LiquidCaseJson::shape() and RuleSetLoader::shape().
/// `rackwerk-cli schemas DIR` writes them; the test schemas_current compares them with docs/schemas/.
class FormatSchemas {
public:
    static std::vector<FormatSchema> all();
    /// The plan's JSON exchange form of the current format version.
    static JsonShape planShape();
};

}  // namespace rw
