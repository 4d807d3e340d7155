// SPDX-License-Identifier: GPL-3.0-or-later
#include "dccomparison.h"

#include "contingency.h"

#include <QLocale>

namespace rw {

ChainPower DcComparer::chainPower(const Plan &plan, bool expected)
{
    const PowerNetwork network(plan);
    const PowerState state
        = PowerAnalyzer::state(plan, network, {}, expected ? LoadLevel::Expected : LoadLevel::Design);
    ChainPower power;
    power.routable = state.flow.routable;
    for (std::size_t i = 0; i < network.size(); ++i) {
        power.loadKw += state.loads.demandKw[i];
        if (network.isSource(i))
            power.inputKw += state.flow.inputKw[i];
    }
    return power;
}

DcComparison DcComparer::compare(const Plan &ac, const Plan &dc)
{
    DcComparison comparison;
    comparison.acDesign = chainPower(ac, false);
    comparison.dcDesign = chainPower(dc, false);
    comparison.acExpected = chainPower(ac, true);
    comparison.dcExpected = chainPower(dc, true);
    comparison.mismatches = DcChecks::find(dc);
    return comparison;
}

QStringList DcComparer::toText(const DcComparison &c)
{
    const QLocale locale;
    auto kw = [&locale](double value) { return locale.toString(value, 'f', 1); };
    auto percent = [&locale](double part, double whole) {
        return whole > 0 ? locale.toString(100.0 * part / whole, 'f', 2) : QStringLiteral("-");
    };
    QStringList lines;
    lines << tr("%1 %2 %3 %4 %5")
                 .arg(tr("Load level"), -10)
                 .arg(tr("Load kW"), 12)
                 .arg(tr("AC input kW"), 14)
                 .arg(tr("DC input kW"), 14)
                 .arg(tr("DC - AC kW"), 14);
    auto row = [&](const QString &level, const ChainPower &ac, const ChainPower &dc) {
        lines << QStringLiteral("%1 %2 %3 %4 %5 (%6 %)")
                     .arg(level, -10)
                     .arg(kw(ac.loadKw), 12)
                     .arg(kw(ac.inputKw), 14)
                     .arg(kw(dc.inputKw), 14)
                     .arg(kw(dc.inputKw - ac.inputKw), 14)
                     .arg(percent(dc.inputKw - ac.inputKw, ac.inputKw));
    };
    row(tr("design"), c.acDesign, c.dcDesign);
    row(tr("expected"), c.acExpected, c.dcExpected);
    lines << tr("Chain losses at design load: AC %1 kW (%2 % of the load), 800 V DC %3 kW (%4 %).")
                 .arg(kw(c.acDesign.lossKw()), percent(c.acDesign.lossKw(), c.acDesign.loadKw), kw(c.dcDesign.lossKw()),
                     percent(c.dcDesign.lossKw(), c.dcDesign.loadKw));
    if (!c.acDesign.routable || !c.dcDesign.routable)
        lines << tr("Some demand cannot be routed to a live source: the figures leave it out.");
    lines << tr("Device power is taken as drawn at the rack input on either chain: the gain of an 800 V DC/DC "
                "stage over AC/DC shelves in the rack is not counted.");
    if (!c.mismatches.empty())
        lines << tr("The DC variant is not buildable as it stands: %Ln place(s) where AC equipment hangs from "
                    "800 V DC or DC equipment from AC (rackwerk-cli validate names them).",
            nullptr, int(c.mismatches.size()));
    return lines;
}

}  // namespace rw
