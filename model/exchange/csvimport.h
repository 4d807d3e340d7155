// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rw {

/// The columns of a rack and device spreadsheet (docs/csv-import.md).
enum class CsvColumn {
    Hall,
    Row,
    Rack,
    X,
    Y,
    Facing,
    Width,
    Depth,
    Height,
    PowerBudget,
    Cooling,
    Zone,
    DeviceType,
    Position,
    Label
};

/// One refusal of a line: where it is and why, never a guess at what was meant.
struct CsvLineError {
    int line = 0;  ///< 1-based line of the file
    QString column;  ///< the column's header as the file writes it; empty for the whole line
    QString reason;  ///< translated, one line

    /// "Line 4, column "x (m)": must be a number." in the current language.
    QString message() const;
};

/// One line of the file that places a rack, mounts a device, or both.
struct CsvRecord {
    int line = 0;
    QString hall;  ///< hall name; empty when the plan has one hall
    QString row;  ///< row name; empty = no row
    /// The rack as the line describes it; placesRack when the line gives its position (x and y).
    Rack rack;
    bool placesRack = false;
    bool mountsDevice = false;  ///< a device type is given
    MountedDevice device;  ///< typeKey, positionU and label; rackId is resolved against the plan
};

struct CsvImportFile {
    QChar separator = QLatin1Char(',');
    bool decimalComma = false;
    QStringList headers;  ///< as written in the file
    std::vector<CsvColumn> columns;  ///< what each header means, in file order
    std::vector<CsvRecord> records;
    std::vector<CsvLineError> errors;
    qsizetype unlistedErrors = 0;  ///< errors past kMaxErrors, counted only

    bool ok() const { return errors.empty(); }
};

/// Reads a rack and device spreadsheet saved as CSV: English or German headers, separated by "," (decimal
/// point) or ";" (decimal comma), UTF-8. Every cell is checked against the plan's field table; a value
/// that is not exactly right is refused with its line and column, never adjusted. Nothing here looks at a
/// plan: CsvImportEdits resolves halls, rows, racks and device types.
class CsvImport {
    Q_DECLARE_TR_FUNCTIONS(rw::CsvImport)
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxLineChars = 10000;
    static constexpr qsizetype kMaxErrors = 1000;

    static CsvImportFile parse(const QByteArray &bytes);

    /// The header of a column in English and in German, as the documentation lists them.
    static QString englishHeader(CsvColumn column);
    static QString germanHeader(CsvColumn column);
    static std::vector<CsvColumn> allColumns();
};

}  // namespace rw
