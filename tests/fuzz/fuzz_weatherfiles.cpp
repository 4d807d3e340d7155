// SPDX-License-Identifier: GPL-3.0-or-later
// A weather file from anyone (EPW, DWD test reference year or hourly CSV): reading refuses with one line or gives
// 8,760 plausible hours whose wet bulb never exceeds the dry bulb, and the stored form reads back.
#include "fuzzsupport.h"

#include "weather/siteweather.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::WeatherFile file;
    QString error;
    const bool ok = rw::WeatherFileReader::read(rwfuzz::bytes(data, size), QStringLiteral("fuzz.epw"), &file, &error);
    rwfuzz::requireOneLine(error);
    if (!ok)
        return 0;
    const auto &dry = file.year.temperatureC();
    const auto &wet = file.year.wetBulbC();
    rwfuzz::require(dry.size() == std::size_t(rw::WeatherYear::kHours), "a year has 8,760 hours");
    rwfuzz::require(wet.empty() || wet.size() == dry.size(), "a wet bulb for every hour or none");
    for (std::size_t h = 0; h < wet.size(); ++h)
        rwfuzz::require(wet[h] <= dry[h] + 0.01f, "the wet bulb is at most the dry bulb");
    rw::WeatherYear back;
    rwfuzz::require(
        rw::SiteWeatherCodec::decode(rw::SiteWeatherCodec::encode(file, QStringLiteral("f")), &back, &error),
        "the stored form reads back");
    return 0;
}
