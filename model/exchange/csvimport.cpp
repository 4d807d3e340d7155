// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "i18n/oneline.h"
#include "plan/entitytraits.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace rw {
namespace {

struct ColumnName {
    CsvColumn column;
    const char *english;
    const char *german;  // UTF-8
};

// The documented headers (docs/csv-import.md); matched without regard to case or repeated spaces.
constexpr ColumnName kColumns[] = {
    { CsvColumn::Hall, "hall", "Halle" },
    { CsvColumn::Row, "row", "Reihe" },
    { CsvColumn::Rack, "rack", "Rack" },
    { CsvColumn::X, "x (m)", "x (m)" },
    { CsvColumn::Y, "y (m)", "y (m)" },
    { CsvColumn::Facing, "facing", "Ausrichtung" },
    { CsvColumn::Width, "width (mm)", "Breite (mm)" },
    { CsvColumn::Depth, "depth (mm)", "Tiefe (mm)" },
    { CsvColumn::Height, "height (U)", "H\xc3\xb6he (HE)" },
    { CsvColumn::PowerBudget, "power budget (kW)", "Leistungsbudget (kW)" },
    { CsvColumn::Cooling, "cooling", "K\xc3\xbchlung" },
    { CsvColumn::Zone, "zone", "Zone" },
    { CsvColumn::DeviceType, "device type", "Ger\xc3\xa4tetyp" },
    { CsvColumn::Position, "position (U)", "Position (HE)" },
    { CsvColumn::Label, "label", "Beschriftung" },
};

// German words for the values of the two choice columns; the English ones are the plan's enum names.
const QHash<QString, QString> &germanChoices()
{
    static const QHash<QString, QString> words {
        { QStringLiteral("nord"), QStringLiteral("north") },
        { QStringLiteral("ost"), QStringLiteral("east") },
        { QStringLiteral("s\u00fcd"), QStringLiteral("south") },
        { QStringLiteral("west"), QStringLiteral("west") },
        { QStringLiteral("luft"), QStringLiteral("air") },
        { QStringLiteral("fl\u00fcssig"), QStringLiteral("liquid") },
        { QStringLiteral("hybrid"), QStringLiteral("hybrid") },
    };
    return words;
}

QString normalisedHeader(const QString &text)
{
    return text.simplified().toCaseFolded();
}

std::optional<CsvColumn> columnOf(const QString &header)
{
    const QString wanted = normalisedHeader(header);
    for (const ColumnName &name : kColumns) {
        if (wanted == normalisedHeader(QString::fromUtf8(name.english))
            || wanted == normalisedHeader(QString::fromUtf8(name.german)))
            return name.column;
    }
    return std::nullopt;
}

template <class T> const FieldDef<T> &fieldOf(const char *name)
{
    for (const auto &f : EntityTraits<T>::fields()) {
        if (f.name == QLatin1String(name))
            return f;
    }
    Q_ASSERT_X(false, "CsvImport", name);
    return EntityTraits<T>::fields().front();
}

bool isControl(QChar c)
{
    const ushort u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

/// Splits one line into cells (RFC 4180 quoting, no line breaks inside cells). Cells keep their text as
/// written but for the quotes; unquoted cells lose the spaces around them.
bool splitCells(const QString &line, QChar separator, QStringList *cells, QString *why)
{
    cells->clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        QString cell;
        while (i < n && line[i] == u' ')
            ++i;
        if (i < n && line[i] == u'"') {
            ++i;
            bool closed = false;
            while (i < n) {
                if (line[i] == u'"') {
                    if (i + 1 < n && line[i + 1] == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                cell += line[i++];
            }
            if (!closed) {
                *why = CsvImport::tr("a quoted cell is not closed on this line (cells cannot span lines)");
                return false;
            }
            while (i < n && line[i] == u' ')
                ++i;
            if (i < n && line[i] != separator) {
                *why = CsvImport::tr("text follows a quoted cell's closing quote");
                return false;
            }
        } else {
            const qsizetype start = i;
            while (i < n && line[i] != separator) {
                if (line[i] == u'"') {
                    *why = CsvImport::tr("a quote inside an unquoted cell; quote the whole cell and double the quote");
                    return false;
                }
                ++i;
            }
            cell = line.mid(start, i - start).trimmed();
        }
        cells->append(cell);
        if (i >= n)
            return true;
        ++i;  // the separator
    }
}

class LineReader {
public:
    LineReader(CsvImportFile &file, int line) : mFile(file), mLine(line) { }

    void fail(int columnIndex, const QString &reason)
    {
        if (qsizetype(mFile.errors.size()) >= CsvImport::kMaxErrors) {
            ++mFile.unlistedErrors;
        } else {
            mFile.errors.push_back(
                { mLine, columnIndex >= 0 ? oneLine(mFile.headers.value(columnIndex)) : QString(), oneLine(reason) });
        }
        mFailed = true;
    }
    bool failed() const { return mFailed; }

    /// A number as the file's style writes it: digits, an optional minus, one decimal separator.
    std::optional<double> number(int column, const QString &cell)
    {
        static const QRegularExpression pointStyle(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        static const QRegularExpression commaStyle(QStringLiteral("^-?[0-9]+(,[0-9]+)?$"));
        const bool matches = (mFile.decimalComma ? commaStyle : pointStyle).match(cell).hasMatch();
        if (!matches) {
            if (mFile.decimalComma && pointStyle.match(cell).hasMatch())
                fail(column,
                    CsvImport::tr("\"%1\" is not a number in a file separated by semicolons: write the decimal "
                                  "comma (1,5), and no thousands separators")
                        .arg(cell));
            else if (!mFile.decimalComma && commaStyle.match(cell).hasMatch())
                fail(column,
                    CsvImport::tr("\"%1\" is not a number in a file separated by commas: write the decimal "
                                  "point (1.5), and no thousands separators")
                        .arg(cell));
            else
                fail(column, CsvImport::tr("\"%1\" is not a number").arg(cell));
            return std::nullopt;
        }
        QString text = cell;
        text.replace(u',', u'.');
        return QLocale::c().toDouble(text);
    }

    /// Checks the value against the entity's field table and sets it: the same ranges as the plan file.
    template <class T> void set(int column, T &entity, const char *field, const QVariant &value)
    {
        const FieldDef<T> &def = fieldOf<T>(field);
        QVariant normalised;
        QString why;
        if (!FieldCheck::check(def, value, &normalised, &why)) {
            fail(column, why);
            return;
        }
        def.set(entity, normalised);
    }

    template <class T> void setNumber(int column, T &entity, const char *field, const QString &cell)
    {
        if (const auto value = number(column, cell))
            set(column, entity, field, QVariant(*value));
    }

    /// Text that a spreadsheet would run as a formula is refused: the cell may come from a bidder.
    bool acceptableText(int column, const QString &cell)
    {
        if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front())) {
            fail(column,
                CsvImport::tr("\"%1\" starts with %2, which a spreadsheet runs as a formula")
                    .arg(cell, QString(cell.front())));
            return false;
        }
        return true;
    }

    template <class T> void setChoice(int column, T &entity, const char *field, const QString &cell)
    {
        const QString folded = cell.toCaseFolded();
        const QString english = germanChoices().value(folded, folded);
        const FieldDef<T> &def = fieldOf<T>(field);
        if (!def.enumValues.contains(english)) {
            fail(column, CsvImport::tr("\"%1\" is not one of %2").arg(cell, def.enumValues.join(QStringLiteral(", "))));
            return;
        }
        set(column, entity, field, QVariant(english));
    }

private:
    CsvImportFile &mFile;
    int mLine;
    bool mFailed = false;
};

void readRecord(CsvImportFile &file, int lineNumber, const QStringList &cells)
{
    LineReader reader(file, lineNumber);
    if (std::size_t(cells.size()) > file.columns.size()) {
        reader.fail(
            -1, CsvImport::tr("%1 cells, but the header names %2 columns").arg(cells.size()).arg(file.columns.size()));
        return;
    }
    CsvRecord record;
    record.line = lineNumber;
    bool hasX = false, hasY = false;
    int rackValueColumn = -1;  // a rack value on a line that does not place the rack
    int deviceValueColumn = -1;  // a position or label without a device type
    int xColumn = -1, yColumn = -1;
    for (int i = 0; i < int(cells.size()); ++i) {
        const QString &cell = cells[i];
        if (cell.isEmpty())
            continue;
        if (const auto bad = std::find_if(cell.begin(), cell.end(), isControl); bad != cell.end()) {
            reader.fail(i, CsvImport::tr("contains the control character %1").arg(oneLine(QString(*bad))));
            continue;
        }
        Rack &rack = record.rack;
        switch (file.columns[std::size_t(i)]) {
        case CsvColumn::Hall:
            if (reader.acceptableText(i, cell)) {
                Hall hall;
                reader.set(i, hall, "name", cell);
                record.hall = hall.name;
            }
            break;
        case CsvColumn::Row:
            if (reader.acceptableText(i, cell)) {
                Row row;
                reader.set(i, row, "name", cell);
                record.row = row.name;
            }
            break;
        case CsvColumn::Rack:
            if (reader.acceptableText(i, cell))
                reader.set(i, rack, "name", cell);
            break;
        case CsvColumn::X:
            hasX = true;
            xColumn = i;
            reader.setNumber(i, rack, "xM", cell);
            break;
        case CsvColumn::Y:
            hasY = true;
            yColumn = i;
            reader.setNumber(i, rack, "yM", cell);
            break;
        case CsvColumn::Facing:
            rackValueColumn = i;
            reader.setChoice(i, rack, "facing", cell);
            break;
        case CsvColumn::Width:
            rackValueColumn = i;
            reader.setNumber(i, rack, "widthMm", cell);
            break;
        case CsvColumn::Depth:
            rackValueColumn = i;
            reader.setNumber(i, rack, "depthMm", cell);
            break;
        case CsvColumn::Height:
            rackValueColumn = i;
            reader.setNumber(i, rack, "heightU", cell);
            break;
        case CsvColumn::PowerBudget:
            rackValueColumn = i;
            reader.setNumber(i, rack, "maxPowerKw", cell);
            break;
        case CsvColumn::Cooling:
            rackValueColumn = i;
            reader.setChoice(i, rack, "cooling", cell);
            break;
        case CsvColumn::Zone:
            rackValueColumn = i;
            if (reader.acceptableText(i, cell))
                reader.set(i, rack, "zone", cell);
            break;
        case CsvColumn::DeviceType:
            record.mountsDevice = true;
            if (reader.acceptableText(i, cell))
                reader.set(i, record.device, "typeKey", cell);
            break;
        case CsvColumn::Position:
            deviceValueColumn = i;
            reader.setNumber(i, record.device, "positionU", cell);
            break;
        case CsvColumn::Label:
            deviceValueColumn = i;
            if (reader.acceptableText(i, cell))
                reader.set(i, record.device, "label", cell);
            break;
        }
    }
    const int rackColumn
        = int(std::find(file.columns.begin(), file.columns.end(), CsvColumn::Rack) - file.columns.begin());
    const int positionColumn
        = int(std::find(file.columns.begin(), file.columns.end(), CsvColumn::Position) - file.columns.begin());
    if (rackColumn >= int(cells.size()) || cells[rackColumn].isEmpty())
        reader.fail(rackColumn, CsvImport::tr("is empty: every line names its rack"));
    if (hasX != hasY)
        reader.fail(hasX ? xColumn : yColumn,
            hasX ? CsvImport::tr("x is given without y: a rack is placed by both")
                 : CsvImport::tr("y is given without x: a rack is placed by both"));
    record.placesRack = hasX && hasY;
    if (!record.placesRack && rackValueColumn >= 0)
        reader.fail(
            rackValueColumn, CsvImport::tr("rack values are taken only on a line that places the rack (with x and y)"));
    if (!record.mountsDevice && deviceValueColumn >= 0)
        reader.fail(deviceValueColumn, CsvImport::tr("is given without a device type"));
    if (record.mountsDevice && (positionColumn >= int(cells.size()) || cells[positionColumn].isEmpty()))
        reader.fail(positionColumn < int(file.columns.size()) ? positionColumn : -1,
            CsvImport::tr("a device needs its position: the lowest rack unit it occupies"));
    if (!record.placesRack && !record.mountsDevice && !reader.failed())
        reader.fail(-1, CsvImport::tr("places no rack (x and y) and mounts no device (device type)"));
    if (!reader.failed())
        file.records.push_back(std::move(record));
}

}  // namespace

QString CsvLineError::message() const
{
    if (line <= 0)
        return CsvImport::tr("The file cannot be imported: %1.").arg(reason);
    if (column.isEmpty())
        return CsvImport::tr("Line %1: %2.").arg(line).arg(reason);
    return CsvImport::tr("Line %1, column \"%2\": %3.").arg(line).arg(column, reason);
}

QString CsvImport::englishHeader(CsvColumn column)
{
    return QString::fromUtf8(kColumns[int(column)].english);
}

QString CsvImport::germanHeader(CsvColumn column)
{
    return QString::fromUtf8(kColumns[int(column)].german);
}

std::vector<CsvColumn> CsvImport::allColumns()
{
    std::vector<CsvColumn> columns;
    for (const ColumnName &name : kColumns)
        columns.push_back(name.column);
    return columns;
}

CsvImportFile CsvImport::parse(const QByteArray &bytes)
{
    CsvImportFile file;
    auto fileError = [&](int line, const QString &reason) {
        file.errors.push_back({ line, QString(), reason });
        return file;
    };
    if (bytes.size() > kMaxBytes)
        return fileError(0, tr("the file is larger than %1 MiB").arg(kMaxBytes / (1024 * 1024)));
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xef\xbb\xbf"))  // the byte order mark spreadsheets write before UTF-8
        rest = rest.sliced(3);
    int lineNumber = 0;
    bool haveHeader = false;
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView raw = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        ++lineNumber;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.size() > kMaxLineChars * 4) {
            LineReader(file, lineNumber).fail(-1, tr("the line is longer than %L1 characters").arg(kMaxLineChars));
            if (!haveHeader)
                return file;
            continue;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(raw);
        if (decoder.hasError()) {
            LineReader(file, lineNumber)
                .fail(-1, tr("the line is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\""));
            if (!haveHeader)
                return file;
            continue;
        }
        if (line.size() > kMaxLineChars) {
            LineReader(file, lineNumber).fail(-1, tr("the line is longer than %L1 characters").arg(kMaxLineChars));
            if (!haveHeader)
                return file;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (!haveHeader) {
            haveHeader = true;
            file.separator = line.contains(u';') ? QLatin1Char(';') : QLatin1Char(',');
            file.decimalComma = file.separator == u';';
            QString why;
            if (!splitCells(line, file.separator, &file.headers, &why))
                return fileError(lineNumber, why);
            for (int i = 0; i < int(file.headers.size()); ++i) {
                const auto column = columnOf(file.headers[i]);
                if (!column) {
                    LineReader(file, lineNumber).fail(i, tr("is not a known column"));
                    continue;
                }
                if (std::find(file.columns.begin(), file.columns.end(), *column) != file.columns.end())
                    LineReader(file, lineNumber).fail(i, tr("is named twice"));
                file.columns.push_back(*column);
            }
            if (!file.errors.empty())
                return file;
            if (std::find(file.columns.begin(), file.columns.end(), CsvColumn::Rack) == file.columns.end())
                return fileError(lineNumber, tr("the header has no rack column"));
            continue;
        }
        QStringList cells;
        QString why;
        if (!splitCells(line, file.separator, &cells, &why)) {
            LineReader(file, lineNumber).fail(-1, why);
            continue;
        }
        // Spreadsheets write empty rows as separators only.
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.isEmpty(); }))
            continue;
        readRecord(file, lineNumber, cells);
    }
    if (!haveHeader)
        return fileError(0, tr("the file is empty: it needs a header line and a line per rack or device"));
    return file;
}

}  // namespace rw
