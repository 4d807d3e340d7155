// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rw {

/// Load against capacity for one cooling duty, with the units' redundancy.
struct CoolingDuty {
    double loadKw = 0.0;  ///< heat (or airflow in m3/h for airflow duties) at design
    double expectedKw = 0.0;  ///< at typical device power
    double installedKw = 0.0;  ///< all units, standby included
    double redundantKw = 0.0;  ///< what is left after the failures the redundancy scheme must ride through
    double worstFailureKw = 0.0;  ///< capacity left after the single worst unit failure
    Id worstUnit = kNoId;
    int units = 0;
    bool meetsRedundancy() const { return loadKw <= redundantKw + 1e-9; }
    double utilisation() const { return installedKw > 0 ? loadKw / installedKw : (loadKw > 0 ? 1e9 : 0.0); }
};

/// Air and liquid budgets of one hall, or of one zone inside it.
struct CoolingArea {
    Id hallId = kNoId;
    QString zone;  ///< empty for the whole hall
    CoolingDuty airHeat;
    CoolingDuty airflow;  ///< in m3/h
    CoolingDuty liquidHeat;
    double liquidFlowNeededM3PerH = 0.0;  ///< water flow for the liquid heat at the CDUs' design delta-T
    double liquidFlowInstalledM3PerH = 0.0;
    /// Air cooling units of the hall that stand (partly) outside it: they do not cool its air and are not
    /// counted.
    std::vector<Id> unitsOutside;
    /// Racks that stand (partly) outside the hall: their heat is counted, but they are misplaced.
    std::vector<Id> racksOutside;
};

/// A rack that is heavier than its floor or frame allows.
struct FloorLoadCheck {
    Id rackId = kNoId;
    double totalWeightKg = 0.0;
    double distributedKgPerM2 = 0.0;  ///< total weight over the footprint
    double pointLoadKg = 0.0;  ///< per caster / foot, four per rack
    double floorRatingKgPerM2 = 0.0;
    double pointRatingKg = 0.0;  ///< 0 = not rated
    double frameRatingKg = 0.0;  ///< what the rack frame carries
    double equipmentKg = 0.0;
    bool overFloor() const { return floorRatingKgPerM2 > 0 && distributedKgPerM2 > floorRatingKgPerM2; }
    bool overPoint() const { return pointRatingKg > 0 && pointLoadKg > pointRatingKg; }
    bool overFrame() const { return frameRatingKg > 0 && equipmentKg > frameRatingKg; }
};

/// Which resource of a row runs out first, and how much of the others is then stranded.
struct RowStranding {
    Id rowId = kNoId;
    double powerUse = 0.0;  ///< design load over the racks' power budgets
    double spaceUse = 0.0;  ///< used U over total U
    double weightUse = 0.0;  ///< heaviest rack over its floor rating
    double coolingUse = 0.0;  ///< the hall's air heat over its redundant air capacity
    QString limitingResource() const;  ///< translated: power, space, weight or cooling
    QString limitingKey() const;  ///< the same, untranslated, for files: "power", "space", "weight", "cooling"
    double strandedPowerKw = 0.0;  ///< budget left unused when the limiting resource is full
};

/// Heat rejection (chillers, dry coolers, heat exchangers to a facility loop) for the whole site.
struct HeatRejection {
    double heatKw = 0.0;  ///< IT heat plus the cooling units' own power
    double installedKw = 0.0;
    double availableAtDesignKw = 0.0;  ///< capacity usable at the site's design outdoor temperature
    double redundantKw = 0.0;  ///< available minus the largest unit
    int units = 0;
};

struct CoolingBudget {
    std::vector<CoolingArea> halls;
    std::vector<CoolingArea> zones;
    std::vector<FloorLoadCheck> floorLoads;  ///< every rack
    std::vector<RowStranding> rows;
    HeatRejection heatRejection;
};

class CoolingBudgeter {
    Q_DECLARE_TR_FUNCTIONS(rw::CoolingBudgeter)
public:
    /// Rating and airflow of an air unit "agree" within this share.
    static constexpr double kRatingTolerance = 0.01;
    /// Heat an air unit's airflow carries from its design return down to its supply temperature, kW
    /// (0 when it has no airflow or no design temperature difference).
    static double airCarriedKw(const CoolingUnit &unit);
    /// What the budget counts for a cooling unit (docs/cooling-budget.md): its rating, the net sensible
    /// capacity at its design supply and return temperatures; for an air unit with an airflow no more
    /// than that airflow carries between them.
    static double capacityKw(const CoolingUnit &unit);
    static CoolingBudget compute(const Plan &plan);
    /// Capacity a set of units keeps through the failures its scheme must ride through.
    static double redundantCapacity(std::vector<double> capacities, Redundancy scheme);
};

}  // namespace rw
