// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidanalysis.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace rw {

using namespace engine::liquid;

namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

/// The engine's refusal in words, naming the element by the id it has in the case.
QString engineError(const LiquidCase &c, const LiquidResult &result)
{
    const auto linkId = [&](int i) { return i >= 0 && i < c.linkIds.size() ? c.linkIds.at(i) : QString(); };
    const auto nodeId = [&](int i) { return i >= 0 && i < c.nodeIds.size() ? c.nodeIds.at(i) : QString(); };
    if (result.status == LiquidStatus::HydraulicsFailed) {
        const int bad = result.hydraulics.badIndex;
        switch (result.hydraulics.status) {
        case HydraulicStatus::NoPath:
            return LiquidAnalysis::tr("Node \"%1\" has no path to an expansion tank of its loop.").arg(nodeId(bad));
        case HydraulicStatus::PumpDeadHead:
            return LiquidAnalysis::tr("The pumps \"%1\" cannot deliver any flow (dead-head).").arg(linkId(bad));
        case HydraulicStatus::PropertiesOutOfRange:
            return LiquidAnalysis::tr("Link \"%1\": the coolant temperature lies outside the property tables.")
                .arg(linkId(bad));
        case HydraulicStatus::NotConverged:
            return LiquidAnalysis::tr("The flows of the liquid network did not converge.");
        case HydraulicStatus::InvalidInput:
        case HydraulicStatus::Ok:
            break;
        }
        return LiquidAnalysis::tr("Link \"%1\" is not a valid pipe, resistance or pump.").arg(linkId(bad));
    }
    return LiquidAnalysis::tr("The liquid network is not valid (element %1).").arg(result.badIndex);
}

bool failureById(const LiquidCase &c, const QString &id, FailureCase *out)
{
    if (id.endsWith(LiquidAnalysis::kFacilityWaterSuffix)) {
        const int cdu = c.cduIds.indexOf(id.chopped(LiquidAnalysis::kFacilityWaterSuffix.size()));
        if (cdu < 0)
            return false;
        *out = FailureCase(FailureKind::Units, -1);
        out->exchangersLost = { cdu };
        return true;
    }
    if (id == LiquidAnalysis::kPowerLost) {
        *out = { FailureKind::PowerPumpsOff, -1 };
        return true;
    }
    if (id == LiquidAnalysis::kPowerLostPumpsOnUps) {
        *out = { FailureKind::PowerPumpsOnUps, -1 };
        return true;
    }
    if (const int link = c.linkIds.indexOf(id); link >= 0 && c.network.hydraulics.links[link].kind == LinkKind::Pump) {
        *out = { FailureKind::Pump, link };
        return c.network.hydraulics.links[link].runningPumps > 0;
    }
    if (const int cdu = c.cduIds.indexOf(id); cdu >= 0) {
        *out = { FailureKind::Cdu, cdu };
        return true;
    }
    if (const int unit = c.rejectionIds.indexOf(id); unit >= 0) {
        *out = { FailureKind::HeatRejection, unit };
        return true;
    }
    for (const ChainFailure &chain : c.chainFailures)
        if (chain.id == id) {
            *out = chain.failure;
            return true;
        }
    return false;
}

QString failureId(const LiquidCase &c, const FailureCase &failure)
{
    switch (failure.kind) {
    case FailureKind::Units:
        break;  // named by the caller
    case FailureKind::Pump:
        return c.linkIds.at(failure.index);
    case FailureKind::Cdu:
        return c.cduIds.at(failure.index);
    case FailureKind::HeatRejection:
        return c.rejectionIds.at(failure.index);
    case FailureKind::PowerPumpsOnUps:
        return LiquidAnalysis::kPowerLostPumpsOnUps;
    case FailureKind::PowerPumpsOff:
        return LiquidAnalysis::kPowerLost;
    }
    return {};
}

QJsonValue seconds(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

/// The racks that cross first: by any limit, by the supply limit, by the GPU throttle (-1: none crosses).
struct FirstRacks {
    int limit = -1;
    int inlet = -1;
    int throttle = -1;
};

FirstRacks firstRacks(const FailureOutcome &outcome)
{
    FirstRacks first;
    const auto earlier = [&](int &best, int r, double RackOutcome::*field) {
        const double value = outcome.racks[r].*field;
        if (std::isfinite(value) && (best < 0 || value < outcome.racks[best].*field))
            best = r;
    };
    for (int r = 0; r < int(outcome.racks.size()); ++r) {
        earlier(first.limit, r, &RackOutcome::secondsToLimit);
        earlier(first.inlet, r, &RackOutcome::secondsToInletLimit);
        earlier(first.throttle, r, &RackOutcome::secondsToThrottle);
    }
    return first;
}

QStringList ids(const QStringList &all, const std::vector<int> &indices)
{
    QStringList out;
    for (int i : indices)
        out << all.at(i);
    return out;
}

/// What a failure of several units stops, by the ids of the case.
QJsonObject stoppedJson(const LiquidCase &c, const FailureCase &failure)
{
    return QJsonObject { { QStringLiteral("pumps"), QJsonArray::fromStringList(ids(c.linkIds, failure.pumpLinks)) },
        { QStringLiteral("cdus"), QJsonArray::fromStringList(ids(c.cduIds, failure.cdus)) },
        { QStringLiteral("heatRejection"), QJsonArray::fromStringList(ids(c.rejectionIds, failure.rejections)) },
        { QStringLiteral("exchangersWithoutFacilityWater"),
            QJsonArray::fromStringList(ids(c.cduIds, failure.exchangersLost)) } };
}

QString stoppedText(const LiquidCase &c, const FailureCase &failure)
{
    QStringList parts;
    const QString none = LiquidAnalysis::tr("none");
    const auto list
        = [&](const QStringList &names) { return names.isEmpty() ? none : names.join(QStringLiteral(", ")); };
    parts << LiquidAnalysis::tr("pumps coasting down: %1").arg(list(ids(c.linkIds, failure.pumpLinks)));
    if (!failure.cdus.empty())
        parts << LiquidAnalysis::tr("CDUs stopped: %1").arg(list(ids(c.cduIds, failure.cdus)));
    parts << LiquidAnalysis::tr("heat rejection stopped: %1").arg(list(ids(c.rejectionIds, failure.rejections)));
    if (!failure.exchangersLost.empty())
        parts << LiquidAnalysis::tr("CDUs without facility water: %1").arg(list(ids(c.cduIds, failure.exchangersLost)));
    return parts.join(QStringLiteral("; "));
}

QString rackWhen(double seconds, double horizonS)
{
    return std::isfinite(seconds) ? LiquidAnalysis::tr("after %1 s").arg(number(seconds))
                                  : LiquidAnalysis::tr("not within %1 s").arg(number(horizonS, 0));
}

}  // namespace

LiquidAnalysis::Result LiquidAnalysis::run(
    const LiquidCase &c, const QString &failId, const TransientOptions &transient)
{
    Result result;
    result.transient = transient;
    result.steady = solveLiquid(c.network);
    if (result.steady.status != LiquidStatus::Ok && result.steady.status != LiquidStatus::NoSteadyState) {
        result.error = engineError(c, result.steady);
        return result;
    }
    std::vector<std::pair<QString, FailureCase>> cases;
    if (failId.isEmpty()) {
        for (const FailureCase &failure : singleFailures(c.network))
            cases.emplace_back(failureId(c, failure), failure);
        for (const ChainFailure &chain : c.chainFailures)
            cases.emplace_back(chain.id, chain.failure);
    } else {
        FailureCase failure;
        if (!failureById(c, failId, &failure)) {
            result.error = tr("--fail names no running pump set, CDU (or CDU%1), heat-rejection unit or power node "
                              "of the case, nor %2 or %3: \"%4\".")
                               .arg(kFacilityWaterSuffix, kPowerLost, kPowerLostPumpsOnUps, failId);
            return result;
        }
        cases.emplace_back(failId, failure);
    }
    result.ok = true;

    if (result.steady.status == LiquidStatus::NoSteadyState)
        result.findings << tr("No steady state: the racks' heat exceeds what the CDUs or the heat rejection can take.");
    for (int r = 0; r < int(c.network.racks.size()); ++r) {
        const RackLoad &rack = c.network.racks[r];
        const RackState &state = result.steady.racks[r];
        const QString &id = c.rackIds.at(r);
        if (state.flowShort)
            result.findings << tr("Rack %1 is short of flow: %2 of %3 L/min.")
                                   .arg(id, number(state.flowM3PerS / kLitrePerMinute),
                                       number(rack.minFlowM3PerS / kLitrePerMinute));
        if (state.inletOverLimit)
            result.findings << tr("Rack %1 gets coolant at %2 °C, above its limit of %3 °C.")
                                   .arg(id, number(state.inletC), number(rack.inletLimitC));
        if (state.returnOverLimit && std::isfinite(state.outletC))
            result.findings << tr("Rack %1 returns coolant at %2 °C, above its limit of %3 °C.")
                                   .arg(id, number(state.outletC), number(rack.returnLimitC));
    }
    for (int i = 0; i < int(c.network.cdus.size()); ++i)
        if (result.steady.cdus[i].atCapacity)
            result.findings << tr("CDU %1 runs at its capacity of %2 kW.")
                                   .arg(c.cduIds.at(i), number(c.network.cdus[i].capacityW / 1e3, 0));
    for (int i = 0; i < int(c.network.rejections.size()); ++i)
        if (result.steady.rejections[i].atCapacity && c.network.rejections[i].kind != RejectionKind::HeatReuse)
            result.findings << tr("Heat-rejection unit %1 runs at its capacity of %2 kW.")
                                   .arg(c.rejectionIds.at(i), number(c.network.rejections[i].capacityW / 1e3, 0));

    for (const auto &[id, failure] : cases) {
        result.failureIds.push_back(id);
        result.failures.push_back(analyseFailure(c.network, result.steady, failure, transient));
        if (!result.failures.back().hydraulicsOk)
            continue;
        // A failure of the plan's power chain (a node, or the utility with what hangs below a UPS): how long the
        // racks ride through it. The bounds power and power-ups always reach a limit and are left out here.
        if (failure.kind != FailureKind::Units || !failure.exchangersLost.empty())
            continue;
        const FailureOutcome &outcome = result.failures.back();
        int first = -1;
        for (int r = 0; r < int(outcome.racks.size()); ++r)
            if (first < 0 || outcome.racks[r].secondsToThrottle < outcome.racks[first].secondsToThrottle)
                first = r;
        if (first >= 0 && std::isfinite(outcome.racks[first].secondsToThrottle))
            result.findings << tr("Power failure %1: the GPUs of rack %2 must throttle after %3 s (coolant in the "
                                  "rack above %4 °C).")
                                   .arg(id, c.rackIds.at(first), number(outcome.racks[first].secondsToThrottle),
                                       number(c.network.racks[first].returnLimitC));
    }
    return result;
}

QJsonObject LiquidAnalysis::toJson(const LiquidCase &c, const Result &result)
{
    QJsonArray racks;
    for (int r = 0; r < int(c.network.racks.size()); ++r) {
        const RackState &s = result.steady.racks[r];
        racks.append(QJsonObject { { QStringLiteral("id"), c.rackIds.at(r) },
            { QStringLiteral("flowLPerMin"), s.flowM3PerS / kLitrePerMinute }, { QStringLiteral("supplyC"), s.inletC },
            { QStringLiteral("returnC"), std::isfinite(s.outletC) ? QJsonValue(s.outletC) : QJsonValue() },
            { QStringLiteral("shortOfFlow"), s.flowShort },
            { QStringLiteral("overLimit"), s.inletOverLimit || s.returnOverLimit } });
    }
    const auto units = [](const QStringList &ids, const std::vector<UnitLoad> &loads, auto capacityW) {
        QJsonArray out;
        for (int i = 0; i < ids.size(); ++i)
            out.append(
                QJsonObject { { QStringLiteral("id"), ids.at(i) }, { QStringLiteral("loadKw"), loads[i].loadW / 1e3 },
                    { QStringLiteral("capacityKw"), capacityW(i) / 1e3 }, { QStringLiteral("inletC"), loads[i].inletC },
                    { QStringLiteral("outletC"), loads[i].outletC },
                    { QStringLiteral("atCapacity"), loads[i].atCapacity } });
        return out;
    };
    QJsonArray failures;
    for (size_t f = 0; f < result.failures.size(); ++f) {
        const FailureOutcome &outcome = result.failures[f];
        QJsonArray rackOutcomes;
        const FirstRacks first = firstRacks(outcome);
        for (int r = 0; r < int(outcome.racks.size()); ++r) {
            const RackOutcome &o = outcome.racks[r];
            rackOutcomes.append(QJsonObject { { QStringLiteral("id"), c.rackIds.at(r) },
                { QStringLiteral("flowLPerMin"), o.flowM3PerS / kLitrePerMinute },
                { QStringLiteral("shortOfFlow"), o.flowShort },
                { QStringLiteral("overLimitInSteadyState"), o.overLimitInSteadyState },
                { QStringLiteral("secondsToLimit"), seconds(o.secondsToLimit) },
                { QStringLiteral("secondsToInletLimit"), seconds(o.secondsToInletLimit) },
                { QStringLiteral("secondsToThrottle"), seconds(o.secondsToThrottle) } });
        }
        const auto shortest = [&](int rack, double RackOutcome::*field) {
            return rack >= 0 ? seconds(outcome.racks[rack].*field) : QJsonValue();
        };
        QJsonObject failure { { QStringLiteral("fail"), result.failureIds[f] },
            { QStringLiteral("solved"), outcome.hydraulicsOk },
            { QStringLiteral("steadyState"), outcome.steadyStateExists },
            { QStringLiteral("racksLosingFlow"), outcome.racksLosingFlow },
            { QStringLiteral("racksOverLimit"), outcome.racksOverLimit },
            { QStringLiteral("shortestSecondsToLimit"), shortest(first.limit, &RackOutcome::secondsToLimit) },
            { QStringLiteral("shortestSecondsToInletLimit"), shortest(first.inlet, &RackOutcome::secondsToInletLimit) },
            { QStringLiteral("shortestSecondsToThrottle"), shortest(first.throttle, &RackOutcome::secondsToThrottle) },
            { QStringLiteral("racks"), rackOutcomes } };
        if (outcome.failure.kind == FailureKind::Units)
            failure.insert(QStringLiteral("stops"), stoppedJson(c, outcome.failure));
        if (outcome.standbyStartedS >= 0.0)
            failure.insert(QStringLiteral("standbyStartsS"), outcome.standbyStartedS);
        failures.append(failure);
    }
    return QJsonObject { { QStringLiteral("steadyState"), result.steady.status == LiquidStatus::Ok },
        { QStringLiteral("racks"), racks },
        { QStringLiteral("cdus"),
            units(c.cduIds, result.steady.cdus, [&](int i) { return c.network.cdus[i].capacityW; }) },
        { QStringLiteral("heatRejection"),
            units(c.rejectionIds, result.steady.rejections, [&](int i) { return c.network.rejections[i].capacityW; }) },
        { QStringLiteral("findings"), QJsonArray::fromStringList(result.findings) },
        { QStringLiteral("pumpRunDownS"), result.transient.pumpRunDownS },
        { QStringLiteral("standbyStartS"), result.transient.standbyStartS },
        { QStringLiteral("horizonS"), result.transient.horizonS }, { QStringLiteral("failures"), failures } };
}

QStringList LiquidAnalysis::toText(const LiquidCase &c, const Result &result)
{
    QStringList lines;
    for (int r = 0; r < int(c.network.racks.size()); ++r) {
        const RackState &s = result.steady.racks[r];
        lines << tr("Rack %1: %2 L/min, supply %3 °C, return %4 °C")
                     .arg(c.rackIds.at(r), number(s.flowM3PerS / kLitrePerMinute), number(s.inletC),
                         std::isfinite(s.outletC) ? number(s.outletC) : tr("none (no flow)"));
    }
    for (int i = 0; i < c.cduIds.size(); ++i)
        lines << tr("CDU %1: %2 of %3 kW, supply %4 °C")
                     .arg(c.cduIds.at(i), number(result.steady.cdus[i].loadW / 1e3, 0),
                         number(c.network.cdus[i].capacityW / 1e3, 0), number(result.steady.cdus[i].outletC));
    for (int i = 0; i < c.rejectionIds.size(); ++i)
        lines << tr("Heat rejection %1: %2 of %3 kW, leaving at %4 °C")
                     .arg(c.rejectionIds.at(i), number(result.steady.rejections[i].loadW / 1e3, 0),
                         number(c.network.rejections[i].capacityW / 1e3, 0),
                         number(result.steady.rejections[i].outletC));
    lines << (result.findings.isEmpty() ? tr("Findings: none.") : tr("Findings:"));
    for (const QString &finding : result.findings)
        lines << QStringLiteral("  ") + finding;
    for (size_t f = 0; f < result.failures.size(); ++f) {
        const FailureOutcome &outcome = result.failures[f];
        const QString &id = result.failureIds[f];
        if (!outcome.hydraulicsOk) {
            lines << tr("Failure of %1: the flows could not be solved.").arg(id);
            continue;
        }
        lines << tr("Failure of %1: racks losing flow %2, racks over a limit %3")
                     .arg(id)
                     .arg(outcome.racksLosingFlow)
                     .arg(outcome.racksOverLimit);
        if (outcome.failure.kind == FailureKind::Units)
            lines << QStringLiteral("  ") + stoppedText(c, outcome.failure);
        if (outcome.standbyStartedS >= 0.0)
            lines << QStringLiteral("  ")
                    + tr("a standby pump starts after %1 s: the flow dips until then and recovers")
                          .arg(number(outcome.standbyStartedS));
        const FirstRacks first = firstRacks(outcome);
        const auto when = [&](int rack, double seconds) {
            return rack >= 0 && std::isfinite(seconds)
                ? tr("after %1 s (rack %2)").arg(number(seconds), c.rackIds.at(rack))
                : tr("not within %1 s").arg(number(result.transient.horizonS, 0));
        };
        lines << QStringLiteral("  ")
                + tr("First supply over its limit: %1; first GPUs to throttle: %2")
                      .arg(when(first.inlet, first.inlet >= 0 ? outcome.racks[first.inlet].secondsToInletLimit : 0.0),
                          when(first.throttle,
                              first.throttle >= 0 ? outcome.racks[first.throttle].secondsToThrottle : 0.0));
        if (result.failures.size() != 1)
            continue;
        // One failure asked for: every rack that crosses a limit, with its seconds.
        for (int r = 0; r < int(outcome.racks.size()); ++r) {
            const RackOutcome &o = outcome.racks[r];
            if (std::isfinite(o.secondsToLimit))
                lines << QStringLiteral("  ")
                        + tr("Rack %1: supply over its limit %2, GPUs throttle %3")
                              .arg(c.rackIds.at(r), rackWhen(o.secondsToInletLimit, result.transient.horizonS),
                                  rackWhen(o.secondsToThrottle, result.transient.horizonS));
        }
    }
    return lines;
}

}  // namespace rw
