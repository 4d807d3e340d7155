// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

/// A hall whose racks put heat into a medium that no cooling unit of the hall takes away.
struct CoolingGap {
    Id hallId = kNoId;
    bool liquid = false;  ///< false: heat to air without an air unit; true: liquid heat without a CDU
    double heatKw = 0.0;  ///< at the devices' maximum power
    std::vector<Id> racks;  ///< the racks with that heat
};

/// The subsystems a plan lacks. Budgets and the failure analysis cannot judge what is not drawn: a plan
/// with racks but no power chain must not read as "every budget holds".
struct Completeness {
    bool hasPowerChain = false;  ///< at least one power node
    std::vector<Id> unfedRacks;  ///< racks that draw power and have no feed from an existing power node
    double unfedLoadKw = 0.0;  ///< their load at the devices' maximum power
    std::vector<Id> unfedCoolingUnits;  ///< units that need power (fans, pumps, compressors) and have no feed
    std::vector<Id> unsuppliedSources;  ///< power nodes at the top of the chain that are no utility feed or generator
    std::vector<CoolingGap> coolingGaps;

    /// Translated: why the power budgets and the availability class cannot be judged, or empty.
    QString powerGap() const;
    /// Translated: why the cooling budget of a hall's air (or liquid) heat cannot be judged, or empty.
    QString coolingGap(const Plan &plan, Id hallId, bool liquid) const;
    /// Translated: every cooling gap of the plan in one sentence each, or empty.
    QString coolingGapsText(const Plan &plan) const;
};

/// Findings for missing subsystems: racks with load and no power chain or no feed, heat without cooling,
/// liquid-cooled racks without a CDU, cooling units without a power feed, a chain without a supply.
class CompletenessChecks {
    Q_DECLARE_TR_FUNCTIONS(rw::CompletenessChecks)
public:
    static Completeness assess(const Plan &plan);
    /// Warnings: a plan may be drawn one subsystem at a time, but it must say what is missing.
    static std::vector<Finding> check(const Plan &plan);
};

}  // namespace rw
