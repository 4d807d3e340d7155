// SPDX-License-Identifier: GPL-3.0-or-later
#include "weatheredits.h"

#include "i18n/oneline.h"
#include "planbatch.h"
#include "weather/siteweather.h"

namespace rw {

EditResult WeatherEdits::useWeatherFile(PlanEditor &editor, const WeatherFile &file, const QString &fileName)
{
    SiteWeather stored = SiteWeatherCodec::encode(file, fileName);
    PlanBatch batch(editor, tr("Use weather file %1").arg(oneLine(fileName)));
    std::vector<Id> previous;
    for (const auto &[id, weather] : editor.plan().all<SiteWeather>())
        previous.push_back(id);
    for (Id id : previous)
        batch.remove<SiteWeather>(id);
    batch.add(stored);
    EditResult result = batch.commit();
    if (result.ok)
        result.id = stored.id;
    return result;
}

EditResult WeatherEdits::useTypicalMunichYear(PlanEditor &editor)
{
    if (editor.plan().all<SiteWeather>().empty())
        return EditResult::refused(tr("The site already uses the typical Munich year."));
    PlanBatch batch(editor, tr("Use the typical Munich year"));
    std::vector<Id> previous;
    for (const auto &[id, weather] : editor.plan().all<SiteWeather>())
        previous.push_back(id);
    for (Id id : previous)
        batch.remove<SiteWeather>(id);
    return batch.commit();
}

}  // namespace rw
