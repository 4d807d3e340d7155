// SPDX-License-Identifier: GPL-3.0-or-later
// An hourly weather CSV (load --weather) from anyone: reading refuses with one line or gives 8,760 hours
// within the plausible range.
#include "fuzzsupport.h"

#include "projection/weatheryear.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::WeatherYear year;
    QString error;
    const bool ok = rw::WeatherYear::fromCsv(rwfuzz::bytes(data, size), QStringLiteral("fuzz.csv"), &year, &error);
    rwfuzz::requireOneLine(error);
    if (ok) {
        rwfuzz::require(year.temperatureC().size() == std::size_t(rw::WeatherYear::kHours), "a year has 8,760 hours");
        for (float t : year.temperatureC())
            rwfuzz::require(t >= rw::WeatherYear::kLowestC && t <= rw::WeatherYear::kHighestC, "hours are plausible");
        year.exceededInShare(0.004);
    }
    return 0;
}
