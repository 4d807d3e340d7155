// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <rackwerk/engine/thermalsolver.h>

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <map>
#include <vector>

namespace rw {

/// Why a rack's inlet is outside its hall's allowable range: where its inlet air comes from, traced
/// back from the intake face along the solved velocity field (docs/cooling-budget.md, "Reasons after
/// a thermal run").
struct RackInletReason {
    enum class Source {
        HotAisle,  ///< the front faces a contained hot aisle and draws in its racks' exhaust
        RackExhaust,  ///< another rack's exhaust reaches the intake
        OwnExhaust,  ///< the rack's own exhaust comes round to its intake
        WarmSupply,  ///< a cooling unit at its rating supplies air above the limit
        MixedOnTheWay,  ///< a cooling unit's air mixes with exhaust or hot ceiling air on its way
        NoCoolerReach,  ///< the air in front of it circulates without reaching a cooling unit
        ColdSupply,  ///< a cooling unit supplies air below the allowable minimum
    };
    /// How recirculated exhaust gets there.
    enum class Route { Direct, OverTheTop, AroundTheRowEnd };
    long long rackId = 0;
    Source source = Source::NoCoolerReach;
    Route route = Route::Direct;
    long long sourceRackId = 0;  ///< RackExhaust, OwnExhaust, HotAisle; 0 = none
    long long sourceCoolerId = 0;  ///< WarmSupply, MixedOnTheWay, ColdSupply; 0 = none
    double sourceShare = 0.0;  ///< share of the traced paths that end at the source
    QString text;  ///< translated, one line
};

/// A note on a cooling unit after a run: above its rating (a chilled-water coil fed warmer air than its
/// design return), or at its limit (supplying warmer air than its set point).
struct CoolerNote {
    long long coolerId = 0;
    bool aboveRating = false;
    QString text;  ///< translated, one line
};

/// What the reasons take from the plan, taken when the run starts (the plan may change while it runs).
struct ThermalPlanContext {
    std::map<long long, Id> frontInHotAisle;  ///< rack -> the row whose contained hot aisle its front faces
    std::map<long long, Id> rowOf;  ///< rack -> its row
    std::map<Id, QString> rowNames;
    std::map<Id, QRectF> rowAreas;  ///< the floor the racks of each row cover
    static ThermalPlanContext of(const Plan &plan, Id hallId);
};

class ThermalReasons {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalReasons)
public:
    /// One reason per rack whose inlet (its face maximum) is outside the case's allowable range, in the
    /// current language. Needs the result's fields of the steady state: none when the run kept no
    /// fields or ended in a transient. An empty context (a case file without a plan) names no rows.
    static std::vector<RackInletReason> explain(
        const engine::ThermalCase &thermalCase, const engine::ThermalResult &result, const ThermalPlanContext &context);
    /// Units that removed more than their rating, or reached their limit and supply warmer air.
    static std::vector<CoolerNote> coolerNotes(
        const engine::ThermalCase &thermalCase, const engine::ThermalResult &result);
};

}  // namespace rw
