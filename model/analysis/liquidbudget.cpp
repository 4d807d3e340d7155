// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidbudget.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rw {

using namespace engine::liquid;

namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

/// The loop's name: its node and link ids start with it ("<loop>/pumps").
QString loopNameOf(const LiquidCase &c, int pumpLink)
{
    const QString id = c.linkIds.at(pumpLink);
    return id.left(id.size() - int(QStringLiteral("/pumps").size()));
}

}  // namespace

std::vector<LoopBudget> LiquidBudget::compute(const PlanLiquidCase &built, const LiquidAnalysis::Result &result)
{
    const LiquidCase &c = built.liquidCase;
    const LiquidNetwork &network = c.network;
    std::vector<LoopBudget> budgets;
    for (const BuiltLoop &loop : built.loops) {
        LoopBudget b;
        b.loop = loopNameOf(c, loop.pumpLink);
        b.facility = loop.cdu < 0;
        b.pumps = network.hydraulics.links[loop.pumpLink].runningPumps;
        b.flowLPerMin = result.steady.hydraulics.flowM3PerS[loop.pumpLink] / kLitrePerMinute;
        if (b.facility) {
            double largest = 0.0;
            for (int r : loop.rejections) {
                b.capacityKw += network.rejections[r].capacityW / 1e3;
                largest = std::max(largest, network.rejections[r].capacityW / 1e3);
            }
            b.capacityWithoutLargestKw = b.capacityKw - largest;
            for (int r : loop.rejections)
                b.heatKw += result.steady.rejections[r].loadW / 1e3;
        } else {
            b.capacityKw = network.cdus[loop.cdu].capacityW / 1e3;
            for (int r : loop.racks) {
                const RackLoad &rack = network.racks[r];
                const double flow = result.steady.racks[r].flowM3PerS / kLitrePerMinute;
                const double need = rack.minFlowM3PerS / kLitrePerMinute;
                b.heatKw += rack.heatToLiquidW / 1e3;
                b.neededFlowLPerMin += need;
                b.racks.push_back({ c.rackIds.at(r), flow, need,
                    need > 0.0 ? flow / need - 1.0 : std::numeric_limits<double>::infinity() });
            }
        }
        // N+1 of the pump set: the loop with one pump fewer, from the steady state before.
        const FailureOutcome pumpDown = analyseFailure(network, result.steady, { FailureKind::Pump, loop.pumpLink });
        // Racks short with one pump fewer, those short already included: N+1 holds only where N does.
        // A technology loop's pumps reach only its racks; a facility loop's reach every CDU loop on it.
        for (std::size_t r = 0; r < pumpDown.racks.size(); ++r) {
            const bool ours = b.facility || std::find(loop.racks.begin(), loop.racks.end(), int(r)) != loop.racks.end();
            b.racksShortWithOnePumpLess += ours && pumpDown.racks[r].flowShort ? 1 : 0;
        }
        b.pumpRedundant = b.pumps > 1 && pumpDown.hydraulicsOk && pumpDown.steadyStateExists
            && b.racksShortWithOnePumpLess == 0 && pumpDown.racksOverLimit == 0;
        budgets.push_back(std::move(b));
    }
    return budgets;
}

QJsonArray LiquidBudget::toJson(const std::vector<LoopBudget> &budgets)
{
    QJsonArray out;
    for (const LoopBudget &b : budgets) {
        QJsonObject o { { QStringLiteral("id"), b.loop },
            { QStringLiteral("kind"), b.facility ? QStringLiteral("facility-water") : QStringLiteral("technology") },
            { QStringLiteral("heatKw"), b.heatKw }, { QStringLiteral("capacityKw"), b.capacityKw },
            { QStringLiteral("pumps"), b.pumps }, { QStringLiteral("flowLPerMin"), b.flowLPerMin },
            { QStringLiteral("pumpRedundant"), b.pumpRedundant },
            { QStringLiteral("racksShortWithOnePumpLess"), b.racksShortWithOnePumpLess } };
        if (b.facility) {
            o.insert(QStringLiteral("capacityWithoutLargestKw"), b.capacityWithoutLargestKw);
        } else {
            o.insert(QStringLiteral("neededFlowLPerMin"), b.neededFlowLPerMin);
            QJsonArray racks;
            for (const RackFlowMargin &r : b.racks)
                racks.append(
                    QJsonObject { { QStringLiteral("id"), r.rack }, { QStringLiteral("flowLPerMin"), r.flowLPerMin },
                        { QStringLiteral("minFlowLPerMin"), r.minFlowLPerMin },
                        { QStringLiteral("flowMargin"),
                            std::isfinite(r.marginShare) ? QJsonValue(r.marginShare) : QJsonValue() } });
            o.insert(QStringLiteral("racks"), racks);
        }
        out.append(o);
    }
    return out;
}

QStringList LiquidBudget::toText(const std::vector<LoopBudget> &budgets)
{
    QStringList lines;
    if (!budgets.empty())
        lines << tr("Liquid budgets:");
    for (const LoopBudget &b : budgets) {
        const QString pumps = b.pumpRedundant ? tr("N+1 holds") : tr("N+1 does NOT hold");
        if (b.facility) {
            lines << tr("  %1: heat rejection %2 of %3 kW, %4 kW without the largest unit (%5); %6 L/min from %n "
                        "pump(s), %7",
                nullptr, b.pumps)
                         .arg(b.loop, number(b.heatKw, 0), number(b.capacityKw, 0),
                             number(b.capacityWithoutLargestKw, 0),
                             b.capacityWithoutLargestKw >= b.heatKw ? tr("N+1 holds") : tr("N+1 does NOT hold"),
                             number(b.flowLPerMin, 0), pumps);
            continue;
        }
        lines << tr(
            "  %1: racks %2 kW to liquid, CDU %3 kW; flow %4 of %5 L/min needed from %n pump(s), %6", nullptr, b.pumps)
                     .arg(b.loop, number(b.heatKw, 0), number(b.capacityKw, 0), number(b.flowLPerMin, 0),
                         number(b.neededFlowLPerMin, 0), pumps);
        for (const RackFlowMargin &r : b.racks)
            lines << (std::isfinite(r.marginShare) ? tr("    Rack %1: flow margin %2 % (%3 of %4 L/min)")
                                                         .arg(r.rack, number(r.marginShare * 100.0, 0),
                                                             number(r.flowLPerMin), number(r.minFlowLPerMin))
                                                   : tr("    Rack %1: needs no flow").arg(r.rack));
    }
    return lines;
}

}  // namespace rw
