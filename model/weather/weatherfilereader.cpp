// SPDX-License-Identifier: GPL-3.0-or-later
#include "weatherfilereader.h"

#include "i18n/oneline.h"
#include "psychrometrics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <array>
#include <cmath>

namespace rw {
namespace {

constexpr std::array<int, 12> kDaysInMonth { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/// Month (1..12), day (1..31) and hour (1..24, the hour ending then, as EPW and TRY count) of an hour of a
/// 365-day year, or of a leap year when leap is set.
struct HourStamp {
    int month, day, hour;
};

HourStamp stampOf(int hourOfYear, bool leap)
{
    int day = hourOfYear / 24;
    for (int m = 0; m < 12; ++m) {
        const int days = kDaysInMonth[std::size_t(m)] + (leap && m == 1 ? 1 : 0);
        if (day < days)
            return { m + 1, day + 1, hourOfYear % 24 + 1 };
        day -= days;
    }
    return { 13, 0, 0 };
}

/// Splits the text into lines, dropping a trailing '\r' and trailing empty lines.
QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.pop_back();
    return lines;
}

bool toNumber(const QByteArray &field, double *value)
{
    bool ok = false;
    *value = field.trimmed().toDouble(&ok);
    return ok && std::isfinite(*value);
}

/// Barometric pressure of the standard atmosphere at an elevation, Pa (ASHRAE Fundamentals ch. 1, eq. 3).
double standardPressurePa(double elevationM)
{
    return psychrometrics::kSeaLevelPa * std::pow(1.0 - 2.25577e-5 * elevationM, 5.2559);
}

/// Drops 29 February (hours 1,416 to 1,439) of a leap year.
void dropLeapDay(std::vector<float> *values)
{
    values->erase(values->begin() + 59 * 24, values->begin() + 60 * 24);
}

}  // namespace

bool WeatherFileReader::readEpw(const QByteArray &bytes, const QString &name, WeatherFile *out, QString *error)
{
    constexpr int kHeaderLines = 8;  // LOCATION .. DATA PERIODS
    const QList<QByteArray> lines = linesOf(bytes);
    if (lines.isEmpty() || !lines.front().startsWith("LOCATION,")) {
        *error = tr("%1, line 1: an EPW file starts with \"LOCATION,\".").arg(name);
        return false;
    }
    const QList<QByteArray> location = lines.front().split(',');
    double elevationM = 0.0;
    if (location.size() < 10 || !toNumber(location[9], &elevationM) || elevationM < -500 || elevationM > 9000) {
        *error = tr("%1, line 1: the LOCATION line needs ten fields, the last the elevation in metres.").arg(name);
        return false;
    }
    const QString station
        = oneLine(QStringLiteral("%1, %2 (%3)")
                      .arg(QString::fromUtf8(location[1].trimmed()), QString::fromUtf8(location[3].trimmed()),
                          QString::fromUtf8(location[5].trimmed())))
              .left(200);
    const int hours = int(lines.size()) - kHeaderLines;
    if (hours != WeatherYear::kHours && hours != WeatherYear::kHours + 24) {
        *error = tr("%1: %L2 hourly lines after the 8 header lines; an EPW year has 8,760 (8,784 in a leap year).")
                     .arg(name)
                     .arg(std::max(0, hours));
        return false;
    }
    const bool leap = hours != WeatherYear::kHours;
    const double fallbackPa = standardPressurePa(elevationM);
    std::vector<float> dry, wet;
    dry.reserve(std::size_t(hours));
    wet.reserve(std::size_t(hours));
    for (int h = 0; h < hours; ++h) {
        const int lineNumber = kHeaderLines + h + 1;
        const QList<QByteArray> f = lines[kHeaderLines + h].split(',');
        std::array<double, 10> v {};  // year, month, day, hour, minute, -, dry bulb, dew point, RH, pressure
        bool ok = f.size() >= 10;
        for (int i : { 1, 2, 3, 6, 7, 8, 9 })
            ok = ok && toNumber(f[i], &v[std::size_t(i)]);
        if (!ok) {
            *error = tr("%1, line %2: an EPW hour needs at least ten comma-separated fields with month, day, hour, "
                        "dry bulb, dew point, relative humidity and pressure as numbers.")
                         .arg(name)
                         .arg(lineNumber);
            return false;
        }
        const HourStamp expected = stampOf(h, leap);
        if (int(v[1]) != expected.month || int(v[2]) != expected.day || int(v[3]) != expected.hour) {
            *error = tr("%1, line %2: found month %3, day %4, hour %5 where month %6, day %7, hour %8 follows; "
                        "hours must be complete and in order.")
                         .arg(name)
                         .arg(lineNumber)
                         .arg(v[1])
                         .arg(v[2])
                         .arg(v[3])
                         .arg(expected.month)
                         .arg(expected.day)
                         .arg(expected.hour);
            return false;
        }
        const double dryC = v[6];
        if (dryC < WeatherYear::kLowestC || dryC > WeatherYear::kHighestC) {
            *error = tr("%1, line %2: dry bulb %3 °C is missing (99.9) or outside %4 to %5 °C.")
                         .arg(name)
                         .arg(lineNumber)
                         .arg(dryC)
                         .arg(WeatherYear::kLowestC)
                         .arg(WeatherYear::kHighestC);
            return false;
        }
        const double pressurePa = v[9] >= 30000 && v[9] <= 120000 ? v[9] : fallbackPa;  // 999999 = missing
        double wetC = 0.0;
        if (v[7] >= -90 && v[7] <= 70) {  // 99.9 = missing
            if (v[7] > dryC + 0.05) {
                *error = tr("%1, line %2: the dew point %3 °C is above the dry bulb %4 °C.")
                             .arg(name)
                             .arg(lineNumber)
                             .arg(v[7])
                             .arg(dryC);
                return false;
            }
            wetC = psychrometrics::wetBulbFromDewPointC(dryC, std::min(v[7], dryC), pressurePa);
        } else if (v[8] >= 0 && v[8] <= 110) {  // 999 = missing
            wetC = psychrometrics::wetBulbFromRelativeHumidityC(dryC, v[8], pressurePa);
        } else {
            *error = tr("%1, line %2: neither the dew point nor the relative humidity is given, so the wet bulb "
                        "cannot be worked out.")
                         .arg(name)
                         .arg(lineNumber);
            return false;
        }
        dry.push_back(float(dryC));
        wet.push_back(float(wetC));
    }
    if (leap) {
        dropLeapDay(&dry);
        dropLeapDay(&wet);
    }
    out->year = WeatherYear::fromHours(std::move(dry), std::move(wet), name);
    out->format = WeatherFormat::Epw;
    out->station = station;
    return true;
}

bool WeatherFileReader::readDwdTry(const QByteArray &bytes, const QString &name, WeatherFile *out, QString *error)
{
    const QList<QByteArray> lines = linesOf(bytes);
    int first = 0;  // the first data line: after the "***" line that ends the header
    QString kind;
    while (first < lines.size() && !lines[first].startsWith("***")) {
        const QByteArray line = lines[first].trimmed();
        if (line.startsWith("Art des TRY"))
            kind = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        ++first;
    }
    if (first == lines.size()) {
        *error = tr("%1: no \"***\" line ends the header; this is not a DWD test reference year.").arg(name);
        return false;
    }
    ++first;
    const int hours = int(lines.size()) - first;
    if (hours != WeatherYear::kHours) {
        *error = tr("%1: %L2 hourly lines after the header; a DWD test reference year has 8,760.")
                     .arg(name)
                     .arg(std::max(0, hours));
        return false;
    }
    std::vector<float> dry, wet;
    dry.reserve(WeatherYear::kHours);
    wet.reserve(WeatherYear::kHours);
    QString station;
    for (int h = 0; h < hours; ++h) {
        const int lineNumber = first + h + 1;
        // RW HW MM DD HH t p WR WG N x RF B D A E IL
        const QList<QByteArray> f = lines[first + h].simplified().split(' ');
        std::array<double, 17> v {};
        bool ok = f.size() == 17;
        for (int i = 0; ok && i < 17; ++i)
            ok = toNumber(f[i], &v[std::size_t(i)]);
        if (!ok) {
            *error = tr("%1, line %2: a TRY hour has 17 numbers (RW HW MM DD HH t p WR WG N x RF B D A E IL).")
                         .arg(name)
                         .arg(lineNumber);
            return false;
        }
        const HourStamp expected = stampOf(h, false);
        if (int(v[2]) != expected.month || int(v[3]) != expected.day || int(v[4]) != expected.hour) {
            *error = tr("%1, line %2: found month %3, day %4, hour %5 where month %6, day %7, hour %8 follows; "
                        "hours must be complete and in order.")
                         .arg(name)
                         .arg(lineNumber)
                         .arg(v[2])
                         .arg(v[3])
                         .arg(v[4])
                         .arg(expected.month)
                         .arg(expected.day)
                         .arg(expected.hour);
            return false;
        }
        const double dryC = v[5], pressureHpa = v[6], mixingGPerKg = v[10];
        if (dryC < WeatherYear::kLowestC || dryC > WeatherYear::kHighestC || pressureHpa < 300 || pressureHpa > 1200
            || mixingGPerKg < 0 || mixingGPerKg > 100) {
            *error = tr("%1, line %2: temperature %3 °C, pressure %4 hPa or mixing ratio %5 g/kg is outside its "
                        "range.")
                         .arg(name)
                         .arg(lineNumber)
                         .arg(dryC)
                         .arg(pressureHpa)
                         .arg(mixingGPerKg);
            return false;
        }
        if (h == 0)
            station = tr("DWD test reference year at RW %1, HW %2").arg(v[0], 0, 'f', 0).arg(v[1], 0, 'f', 0);
        dry.push_back(float(dryC));
        wet.push_back(float(psychrometrics::wetBulbC(dryC, mixingGPerKg / 1000.0, pressureHpa * 100.0)));
    }
    out->year = WeatherYear::fromHours(std::move(dry), std::move(wet), name);
    out->format = WeatherFormat::DwdTry;
    out->station = oneLine(kind.isEmpty() ? station : QStringLiteral("%1 (%2)").arg(station, kind)).left(200);
    return true;
}

bool WeatherFileReader::read(const QByteArray &bytes, const QString &name, WeatherFile *out, QString *error)
{
    if (bytes.startsWith("LOCATION,"))
        return readEpw(bytes, name, out, error);
    if (bytes.startsWith("***") || bytes.contains("\n***"))
        return readDwdTry(bytes, name, out, error);
    WeatherYear year;
    if (!WeatherYear::fromCsv(bytes, name, &year, error))
        return false;
    out->year = year;
    out->format = WeatherFormat::HourlyCsv;
    out->station.clear();
    return true;
}

bool WeatherFileReader::readFile(const QString &path, WeatherFile *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the weather file %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("The weather file %1 is too large for an hourly year.").arg(path);
        return false;
    }
    const bool ok = read(file.readAll(), path, out, error);
    if (!ok)
        *error = oneLine(*error);  // a file name may hold a line break
    return ok;
}

}  // namespace rw
