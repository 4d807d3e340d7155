// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionjson.h"

#include <QJsonArray>

namespace rw {
namespace {

QJsonObject distributionJson(const Distribution &d)
{
    return QJsonObject { { QStringLiteral("mean"), d.mean }, { QStringLiteral("p5"), d.p5 },
        { QStringLiteral("p50"), d.p50 }, { QStringLiteral("p95"), d.p95 }, { QStringLiteral("min"), d.min },
        { QStringLiteral("max"), d.max } };
}

QJsonArray slotJson(const SlotStatistics &s)
{
    return QJsonArray { s.mean, s.p50, s.p95, s.p99, s.max };
}

}  // namespace

QJsonObject loadProjectionJson(const LoadProjectionResult &r)
{
    QJsonArray years;
    for (const ProjectedYear &y : r.perYear) {
        QJsonArray curve;
        for (double kw : y.durationCurveKw)
            curve.append(kw);
        QJsonObject year { { QStringLiteral("year"), y.year },
            { QStringLiteral("start"), y.start.toString(Qt::ISODate) },
            { QStringLiteral("itEnergyMWh"), distributionJson(y.itEnergyMWh) },
            { QStringLiteral("facilityEnergyMWh"), distributionJson(y.facilityEnergyMWh) },
            { QStringLiteral("coolingEnergyMWh"), distributionJson(y.coolingEnergyMWh) },
            { QStringLiteral("reuseEnergyMWh"), distributionJson(y.reuseEnergyMWh) },
            { QStringLiteral("pue"), distributionJson(y.pue) }, { QStringLiteral("erf"), distributionJson(y.erf) },
            { QStringLiteral("peakFacilityKw"), distributionJson(y.peakFacilityKw) },
            { QStringLiteral("trainingSwingKw"), distributionJson(y.trainingSwingKw) },
            { QStringLiteral("coolingShortfallHoursMean"), y.shortfallHoursMean },
            { QStringLiteral("durationCurveKw"), curve } };
        if (r.loopPlant) {  // only then is there a water figure: plans without loops keep their document as it was
            year.insert(QStringLiteral("waterM3"), distributionJson(y.waterM3));
            year.insert(QStringLiteral("wue"), distributionJson(y.wue));
        }
        years.append(year);
    }
    QJsonArray months;
    for (int m = 0; m < 12; ++m) {
        QJsonObject month = distributionJson(r.pueByMonth[std::size_t(m)]);
        month.insert(QStringLiteral("month"), m + 1);
        months.append(month);
    }
    QJsonArray nodes;
    for (const NodeRisk &n : r.nodes) {
        nodes.append(QJsonObject { { QStringLiteral("id"), double(n.nodeId) }, { QStringLiteral("name"), n.name },
            { QStringLiteral("ratingKw"), n.ratingKw },
            { QStringLiteral("probabilityOverRating"), n.probabilityOverRating },
            { QStringLiteral("expectedHoursOverRating"), n.expectedHoursOverRating },
            { QStringLiteral("probabilityOver80"), n.probabilityOver80 },
            { QStringLiteral("expectedHoursOver80"), n.expectedHoursOver80 } });
    }
    QJsonArray daily;
    const auto &it = r.of(ProjectedMetric::ItPower);
    for (std::size_t i = 0; i < it.size(); ++i) {
        daily.append(QJsonObject { { QStringLiteral("date"), it[i].date.toString(Qt::ISODate) },
            { QStringLiteral("itKw"), slotJson(it[i]) },
            { QStringLiteral("facilityKw"), slotJson(r.of(ProjectedMetric::FacilityPower)[i]) },
            { QStringLiteral("coolingKw"), slotJson(r.of(ProjectedMetric::CoolingPower)[i]) },
            { QStringLiteral("pue"), slotJson(r.of(ProjectedMetric::Pue)[i]) } });
    }
    QJsonArray notes;
    for (const LaterText &note : r.notes)
        notes.append(note.text());
    QJsonObject out { { QStringLiteral("engine"), QString::fromLatin1(engine::backendName(r.engine)) },
        { QStringLiteral("engineNote"), r.engineNote }, { QStringLiteral("trials"), r.trials },
        { QStringLiteral("seed"), QString::number(r.seed) }, { QStringLiteral("years"), r.years },
        { QStringLiteral("racks"), r.racks }, { QStringLiteral("scenario"), r.scenarioName },
        { QStringLiteral("weather"), r.weatherSource }, { QStringLiteral("start"), r.startDate.toString(Qt::ISODate) },
        { QStringLiteral("notes"), notes }, { QStringLiteral("seconds"), r.seconds },
        { QStringLiteral("rackHoursPerSecond"), r.rackHoursPerSecond },
        { QStringLiteral("percentileAccuracy"),
            QJsonObject { { QStringLiteral("itKw"), r.binWidth[0] }, { QStringLiteral("facilityKw"), r.binWidth[1] },
                { QStringLiteral("coolingKw"), r.binWidth[2] }, { QStringLiteral("pue"), r.binWidth[3] } } },
        { QStringLiteral("dailyColumns"),
            QJsonArray { QStringLiteral("mean"), QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"),
                QStringLiteral("max") } },
        { QStringLiteral("yearly"), years }, { QStringLiteral("pueByMonth"), months },
        { QStringLiteral("nodes"), nodes }, { QStringLiteral("daily"), daily } };
    if (r.loopPlant)
        out.insert(QStringLiteral("coolantLoops"),
            QJsonObject { { QStringLiteral("source"), QStringLiteral("weather-year") },
                { QStringLiteral("designHeatKw"), r.loopDesignHeatKw }, { QStringLiteral("pumpKw"), r.loopPumpKw },
                { QStringLiteral("reuseStages"), r.loopReuse } });
    return out;
}

}  // namespace rw
