// SPDX-License-Identifier: GPL-3.0-or-later
#include "weatheryear.h"

#include "i18n/oneline.h"

#include <rackwerk/engine/philox.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <numeric>

namespace rw {
namespace {

// Munich monthly mean daily minimum and maximum, °C (docs/domain-facts.md#munich-climate).
constexpr std::array<double, 12> kMinC { -3, -3, 1, 4, 8, 11, 13, 13, 9, 5, 1, -2 };
constexpr std::array<double, 12> kMaxC { 3, 4, 9, 14, 19, 22, 24, 24, 19, 14, 7, 4 };
// Standard deviation of the day-to-day anomaly per month, K: larger in winter (inversions, cold spells);
// calibrated so that the year meets the ASHRAE 2021 design values within about 1 K (see the tests).
constexpr std::array<double, 12> kAnomalySdK { 5.4, 5.2, 4.0, 3.4, 3.8, 4.6, 5.0, 5.0, 3.8, 3.2, 3.8, 5.2 };
constexpr double kAnomalyCorrelation = 0.7;  // day to day
constexpr double kHourlyNoiseK = 0.4;
constexpr std::uint32_t kSeed0 = 0x4D554300u;  // "MUC": a fixed seed, so the year is the same on every run
constexpr std::uint32_t kSeed1 = 108650u;  // WMO station Munich-Theresienwiese
constexpr std::array<int, 12> kDaysInMonth { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/// A monthly value interpolated to a day of the year: linear between mid-month anchors, wrapping at the year end.
double dailyValue(const std::array<double, 12> &monthly, int dayOfYear)
{
    std::array<double, 12> middle {};
    int start = 0;
    for (int m = 0; m < 12; ++m) {
        middle[std::size_t(m)] = start + kDaysInMonth[std::size_t(m)] / 2.0;
        start += kDaysInMonth[std::size_t(m)];
    }
    double day = dayOfYear + 0.5;
    if (day < middle[0])
        day += 365;
    for (std::size_t m = 0; m < 12; ++m) {
        const std::size_t next = (m + 1) % 12;
        const double from = middle[m];
        const double to = next == 0 ? middle[0] + 365 : middle[next];
        if (day >= from && day < to)
            return monthly[m] + (monthly[next] - monthly[m]) * (day - from) / (to - from);
    }
    return monthly[0];
}

/// Diurnal shape, 0 at the daily minimum (05:00) and 1 at the maximum (15:00): half cosines, rising over ten
/// hours and falling over fourteen.
double diurnalShare(int hourOfDay)
{
    constexpr double kPi = 3.14159265358979323846;
    const int sinceMin = (hourOfDay - 5 + 24) % 24;
    if (sinceMin <= 10)
        return 0.5 - 0.5 * std::cos(kPi * sinceMin / 10.0);
    return 0.5 + 0.5 * std::cos(kPi * (sinceMin - 10) / 14.0);
}

}  // namespace

WeatherYear WeatherYear::munichTypical()
{
    WeatherYear year;
    year.mSource = tr("Typical year for Munich (built from climate normals)");
    year.mTemperatureC.reserve(kHours);
    // Day-to-day anomalies: AR(1) with the month's spread; then each month's mean anomaly is removed, so the
    // monthly means stay on the normals (a typical year) while single days still swing.
    std::array<double, 365> anomaly {};
    std::array<int, 365> monthOfDay {};
    double previous = 0.0;
    for (int day = 0, month = 0, dayInMonth = 0; day < 365; ++day) {
        const engine::Philox4 r
            = engine::philox4x32(engine::Philox4 { { std::uint32_t(day), 0, 0, 0 } }, kSeed0, kSeed1);
        const double sd = kAnomalySdK[std::size_t(month)];
        previous = kAnomalyCorrelation * previous
            + std::sqrt(1.0 - kAnomalyCorrelation * kAnomalyCorrelation) * sd * engine::normal4x16(r.v[0], r.v[1]);
        anomaly[std::size_t(day)] = previous;
        monthOfDay[std::size_t(day)] = month;
        if (++dayInMonth == kDaysInMonth[std::size_t(month)]) {
            dayInMonth = 0;
            ++month;
        }
    }
    std::array<double, 12> monthMean {};
    for (int day = 0; day < 365; ++day)
        monthMean[std::size_t(monthOfDay[std::size_t(day)])] += anomaly[std::size_t(day)];
    for (int m = 0; m < 12; ++m)
        monthMean[std::size_t(m)] /= kDaysInMonth[std::size_t(m)];
    double hourly = 0.0;
    for (int day = 0; day < 365; ++day) {
        const double low = dailyValue(kMinC, day);
        const double high = dailyValue(kMaxC, day);
        const double shift = anomaly[std::size_t(day)] - monthMean[std::size_t(monthOfDay[std::size_t(day)])];
        for (int hour = 0; hour < 24; ++hour) {
            const engine::Philox4 n = engine::philox4x32(
                engine::Philox4 { { std::uint32_t(day), std::uint32_t(hour), 1, 0 } }, kSeed0, kSeed1);
            hourly = 0.6 * hourly + 0.8 * kHourlyNoiseK * engine::normal4x16(n.v[0], n.v[1]);
            year.mTemperatureC.push_back(float(low + (high - low) * diurnalShare(hour) + shift + hourly));
        }
    }
    return year;
}

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/// [begin, end) of a line without its surrounding white space.
void trimBlank(const char *&begin, const char *&end)
{
    while (begin < end && isBlank(*begin))
        ++begin;
    while (end > begin && isBlank(end[-1]))
        --end;
}

}  // namespace

bool WeatherYear::fromCsv(const QByteArray &bytes, const QString &name, WeatherYear *out, QString *error)
{
    // Scanned in place: a year is 8,760 lines, and a copy per line cost more than the numbers themselves.
    const char *cursor = bytes.constData();
    const char *last = cursor + bytes.size();
    while (last > cursor && isBlank(last[-1]))
        --last;  // trailing blank lines are not hours
    std::vector<float> values;
    values.reserve(kHours + 24);
    for (int lineNumber = 1; cursor < last; ++lineNumber) {
        const char *newline = static_cast<const char *>(std::memchr(cursor, '\n', std::size_t(last - cursor)));
        const char *lineEnd = newline ? newline : last;
        const char *begin = cursor;
        const char *end = lineEnd;
        cursor = newline ? newline + 1 : last;
        trimBlank(begin, end);
        if (begin == end) {
            *error = tr("%1, line %2: the line is empty; every hour needs a temperature.").arg(name).arg(lineNumber);
            return false;
        }
        const char *fieldBegin = end;
        while (fieldBegin > begin && fieldBegin[-1] != ',' && fieldBegin[-1] != ';')
            --fieldBegin;  // the last field of the line
        const char *fieldEnd = end;
        trimBlank(fieldBegin, fieldEnd);
        const QByteArray field = QByteArray::fromRawData(fieldBegin, qsizetype(fieldEnd - fieldBegin));
        bool ok = false;
        const double value = field.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            if (lineNumber == 1)
                continue;  // a header line
            *error = tr("%1, line %2: \"%3\" is not a number (temperature in °C, '.' as decimal point).")
                         .arg(name)
                         .arg(lineNumber)
                         .arg(oneLine(QString::fromUtf8(field.left(40))));
            return false;
        }
        if (value < kLowestC || value > kHighestC) {
            *error = tr("%1, line %2: %3 °C is outside the plausible range of %4 to %5 °C.")
                         .arg(name)
                         .arg(lineNumber)
                         .arg(value)
                         .arg(kLowestC)
                         .arg(kHighestC);
            return false;
        }
        values.push_back(float(value));
    }
    if (values.size() == std::size_t(kHours + 24)) {
        // A leap year: drop 29 February (hours 1416..1439).
        values.erase(values.begin() + 59 * 24, values.begin() + 60 * 24);
    }
    if (values.size() != std::size_t(kHours)) {
        *error = tr("%1: %L2 hourly values found; a year needs 8,760 (or 8,784 in a leap year).")
                     .arg(name)
                     .arg(values.size());
        return false;
    }
    out->mTemperatureC = std::move(values);
    out->mWetBulbC.clear();
    out->mSource = name;
    return true;
}

bool WeatherYear::fromCsvFile(const QString &path, WeatherYear *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the weather file %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        *error = tr("The weather file %1 is too large for an hourly year.").arg(path);
        return false;
    }
    return fromCsv(file.readAll(), path, out, error);
}

double WeatherYear::meanC() const
{
    return mTemperatureC.empty()
        ? 0.0
        : std::accumulate(mTemperatureC.begin(), mTemperatureC.end(), 0.0) / double(mTemperatureC.size());
}

WeatherYear WeatherYear::fromHours(std::vector<float> dryBulbC, std::vector<float> wetBulbC, const QString &source)
{
    WeatherYear year;
    year.mTemperatureC = std::move(dryBulbC);
    year.mWetBulbC = std::move(wetBulbC);
    year.mSource = source;
    return year;
}

namespace {

double exceeded(const std::vector<float> &values, double share)
{
    if (values.empty())
        return 0.0;
    std::vector<float> sorted = values;
    std::sort(sorted.begin(), sorted.end(), std::greater<float>());
    const auto index = std::min(sorted.size() - 1, std::size_t(share * double(sorted.size())));
    return sorted[index];
}

}  // namespace

double WeatherYear::exceededInShare(double share) const
{
    return exceeded(mTemperatureC, share);
}

double WeatherYear::wetBulbExceededInShare(double share) const
{
    return exceeded(mWetBulbC, share);
}

}  // namespace rw
