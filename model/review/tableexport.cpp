// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "buildinfo/buildinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

#ifdef RW_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include <algorithm>
#include <map>

namespace rw {

QChar TableExport::csvSeparator()
{
    // Where the decimal mark is a comma (German), spreadsheets expect ";" between the cells.
    return QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString TableExport::neutralised(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString TableExport::csvCell(const ReportCell &cell)
{
    if (cell.isNumber()) {
        QLocale plain;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return plain.toString(cell.number, 'f', cell.decimals);
    }
    return neutralised(cell.text);
}

QString TableExport::csv(const ReportTable &table)
{
    const QChar separator = csvSeparator();
    auto line = [separator](const QStringList &cells) {
        QStringList quoted;
        for (QString cell : cells) {
            if (cell.contains(separator) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
                || cell.contains(QLatin1Char('\r'))) {
                cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            }
            quoted << cell;
        }
        return quoted.join(separator) + QStringLiteral("\r\n");
    };
    QStringList headers;
    for (const QString &header : table.headers)
        headers << neutralised(header);
    QString out = line(headers);
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const ReportCell &cell : row)
            cells << csvCell(cell);
        out += line(cells);
    }
    return out;
}

#ifdef RW_HAVE_XLSXWRITER

bool TableExport::xlsxAvailable()
{
    return true;
}

bool TableExport::writeXlsx(
    const std::vector<ReportTable> &tables, const QString &path, const QString &title, QString *error)
{
    const QFileInfo target(path);
    // Written beside the target and renamed over it, so that a failure leaves an older file as it was.
    const QString partPath = target.dir().filePath(QStringLiteral(".%1.part").arg(target.fileName()));
    const QByteArray part = QFile::encodeName(partPath);
    // Tried first with Qt, for its reason in one line (libxlsxwriter would print its own to stderr).
    QFile probe(partPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    lxw_workbook *book = workbook_new(part.constData());
    if (!book) {
        *error = tr("Cannot write %1: the folder is not writable.").arg(path);
        return false;
    }
    QByteArray titleUtf8 = title.toUtf8();
    QByteArray creator = QStringLiteral("Rackwerk %1").arg(QLatin1String(buildinfo::versionLine())).toUtf8();
    lxw_doc_properties properties {};
    properties.title = titleUtf8.data();
    properties.author = creator.data();
    workbook_set_properties(book, &properties);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE6F0);
    std::map<int, lxw_format *> numberFormats;  // decimals -> "#,##0.0..."; shown in the reader's locale
    auto numberFormat = [&](int decimals) {
        lxw_format *&format = numberFormats[decimals];
        if (!format) {
            format = workbook_add_format(book);
            const QByteArray pattern
                = decimals > 0 ? QByteArray("#,##0.") + QByteArray(decimals, '0') : QByteArray("#,##0");
            format_set_num_format(format, pattern.constData());
        }
        return format;
    };
    for (const ReportTable &table : tables) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, table.key.left(31).toUtf8().constData());
        if (!sheet)
            continue;
        std::vector<int> widths(std::size_t(table.headers.size()), 8);
        auto widen = [&widths](std::size_t column, qsizetype characters) {
            if (column >= widths.size())
                widths.resize(column + 1, 8);
            widths[column] = std::clamp(int(characters) + 2, widths[column], 60);
        };
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), header);
            widen(std::size_t(c), table.headers.at(c).size());
        }
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto &row = table.rows[r];
            for (std::size_t c = 0; c < row.size(); ++c) {
                const ReportCell &cell = row[c];
                const auto rowIndex = lxw_row_t(r + 1);
                if (cell.isNumber())
                    worksheet_write_number(sheet, rowIndex, lxw_col_t(c), cell.number, numberFormat(cell.decimals));
                else if (!cell.text.isEmpty())
                    worksheet_write_string(
                        sheet, rowIndex, lxw_col_t(c), cell.text.left(32767).toUtf8().constData(), nullptr);
                widen(c, cell.text.size());
            }
        }
        for (std::size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partPath);
        *error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    if (std::rename(part.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partPath);
        *error = tr("Cannot write %1: it cannot be replaced.").arg(path);
        return false;
    }
    return true;
}

#else

bool TableExport::xlsxAvailable()
{
    return false;
}

bool TableExport::writeXlsx(const std::vector<ReportTable> &, const QString &path, const QString &, QString *error)
{
    *error = tr("Cannot write %1: this Rackwerk was built without XLSX support (libxlsxwriter).").arg(path);
    return false;
}

#endif

}  // namespace rw
