// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/dcdistribution.h"

#include <QCoreApplication>
#include <QStringList>

namespace rw {

/// One plan's power chain in normal operation: what the racks and cooling units draw, and what the chain
/// takes from its sources for it (the loads plus every node's conversion losses, from the same flow routing
/// as the budgets).
struct ChainPower {
    double loadKw = 0.0;  ///< demand attached to the chain: racks' devices and cooling units
    double inputKw = 0.0;  ///< drawn at the sources
    bool routable = true;
    double lossKw() const { return inputKw - loadKw; }
};

/// The same racks on the plan's AC chain and on an 800 V DC variant of it (PowerEdits::convertToDc800): facility
/// power at design (maximum) and expected (typical) load. Device figures are taken as drawn at the rack input on
/// either chain, so the gain of a rack's DC/DC stage over its AC/DC shelves is not counted.
struct DcComparison {
    ChainPower acDesign, dcDesign, acExpected, dcExpected;
    std::vector<DcMismatch> mismatches;  ///< of the DC variant: what would have to take DC and does not
};

class DcComparer {
    Q_DECLARE_TR_FUNCTIONS(rw::DcComparer)
public:
    static ChainPower chainPower(const Plan &plan, bool expected);
    static DcComparison compare(const Plan &ac, const Plan &dc);
    /// The comparison as lines for the console, numbers in the current locale.
    static QStringList toText(const DcComparison &comparison);
};

}  // namespace rw
