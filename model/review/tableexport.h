// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewreport.h"

#include <QCoreApplication>

namespace rw {

/// The report's tables as files for spreadsheets: CSV in the current locale and XLSX.
class TableExport {
    Q_DECLARE_TR_FUNCTIONS(rw::TableExport)
public:
    /// "," where the locale's decimal mark is a point, ";" where it is a comma (German).
    static QChar csvSeparator();
    /// A text that a spreadsheet would run as a formula (it starts with "=", "+", "-", "@", a tab or a
    /// carriage return: OWASP's "CSV injection") gets an apostrophe in front, which spreadsheets show as
    /// text. Names in a bidder's plan are untrusted input.
    static QString neutralised(const QString &text);
    /// A cell as CSV text: numbers plain in the locale (no thousands separators; their unit is in the
    /// header), text neutralised.
    static QString csvCell(const ReportCell &cell);
    /// The table as CSV (RFC 4180 quoting, CRLF line ends).
    static QString csv(const ReportTable &table);

    /// Whether this build writes XLSX (it needs libxlsxwriter at build time).
    static bool xlsxAvailable();
    /// One sheet per table (named by its key), a bold header row that stays in view, numbers as numeric
    /// cells with their decimals. Replaces path only once the whole workbook is written.
    static bool writeXlsx(
        const std::vector<ReportTable> &tables, const QString &path, const QString &title, QString *error);
};

}  // namespace rw
