// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rw {

/// Something in a hall's air paths that will make racks breathe hot air, found from the plan before
/// a thermal run (docs/cooling-budget.md, "Checks before a thermal run").
struct ThermalSanityIssue {
    enum class Kind {
        FrontInHotAisle,  ///< rack fronts face a contained hot aisle
        FrontFacesExhaust,  ///< rack fronts face another rack's rear across an open aisle
        ExhaustInColdAisle,  ///< rack rears blow into a contained cold aisle
        HotAisleWithoutReturn,  ///< no cooling unit takes the air of a contained hot aisle
        ColdAisleWithoutSupply,  ///< nothing blows into a contained cold aisle
        AirflowShort,  ///< the running cooling units move less air than the racks
        CoilOverRating,  ///< a unit's airflow carries more heat at its design temperatures than its rating
        RatingBeyondAirflow,  ///< a unit's airflow cannot carry its rating at its design temperatures
    };
    Kind kind = Kind::AirflowShort;
    Id hallId = kNoId;
    EntityKind entityKind = EntityKind::Hall;  ///< what to select: the first rack, the unit or the hall
    Id entityId = kNoId;
    std::vector<Id> racks;  ///< the racks concerned, where there are any
    Id otherRowId = kNoId;  ///< the row whose aisle or exhaust the racks meet
    QString message;  ///< translated, one sentence or two
};

/// Checks of a hall's air paths that need no thermal run: where rack fronts draw their air from,
/// whether contained aisles have a supply or a return, cooling airflow against rack airflow, and
/// cooling units whose airflow and rating disagree at their design temperatures.
class ThermalSanity {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalSanity)
public:
    static std::vector<ThermalSanityIssue> check(const Plan &plan, Id hallId);
    /// Every hall.
    static std::vector<ThermalSanityIssue> check(const Plan &plan);

    /// Rack air that the racks of a hall move at their devices' maximum power, m³/h.
    static double rackAirflowM3PerH(const Plan &plan, Id rackId);
};

}  // namespace rw
