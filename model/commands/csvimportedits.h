// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvimport.h"
#include "planeditor.h"

#include <QCoreApplication>

namespace rw {

/// What one line of a CSV import does to the plan, for the preview.
struct CsvPreviewLine {
    int line = 0;
    bool addsRack = false;  ///< the line places a new rack
    bool mountsDevice = false;
    QString hall, row, rack, typeKey;
    int positionU = 0;
    QString error;  ///< translated reason; empty when the line can be imported
};

struct CsvImportPreview {
    std::vector<CsvPreviewLine> lines;  ///< in file order, refused lines too
    std::vector<CsvLineError> errors;  ///< the file's and the plan's, in file order
    qsizetype unlistedErrors = 0;
    int racks = 0;  ///< racks the import adds
    int rows = 0;  ///< rows it adds (named in the row column, not in the hall yet)
    int devices = 0;  ///< devices it mounts

    bool ok() const { return errors.empty() && unlistedErrors == 0; }
};

/// Bulk import of racks and devices from a spreadsheet (CsvImport) as one named operation: the GUI's
/// import dialog, `rackwerk-cli import-csv` and the tests call it alike.
class CsvImportEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::CsvImportEdits)
public:
    /// Tries every line against a copy of the plan, each after the lines before it: what the import would
    /// add, and every line it would refuse with the reason. The plan is not changed.
    static CsvImportPreview preview(const Plan &plan, const CsvImportFile &file);
    /// Adds the racks, rows and devices as ONE undo step; refused as a whole (with the first line's reason)
    /// when any line is refused.
    static EditResult apply(PlanEditor &editor, const CsvImportFile &file);
};

}  // namespace rw
