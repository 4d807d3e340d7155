#pragma once

#include "plan/plan.h"

#include <rackwerk/engine/thermalsolver.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rw {

/// A plan's hall turned into the thermal engine's case, or why it cannot be.
struct ThermalCaseBuild {
    engine::ThermalCase thermalCase;
    Id hallId = kNoId;
    QString error;  ///< translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Maps a hall of a plan to a thermal case (docs/thermal-design.md, "From plan to case"): racks from
/// position, facing and size with the air share of their devices' heat and airflow; air cooling units
/// by kind (CRAH, fan wall, in-row; perforated tiles of a raised floor share the CRAH supply);
/// containment as panels; columns, walls and obstacles as solids. Standby units do not run.
class ThermalCaseBuilder {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalCaseBuilder)
public:
    /// hallId = kNoId: the plan's first hall.
    static ThermalCaseBuild build(const Plan &plan, Id hallId = kNoId);
    /// The ASHRAE limits of a class (domain-facts.md: recommended 18-27 °C, allowable per class).
    static engine::ThermalLimits limitsFor(AshraeClass ashraeClass);
};

/// The case JSON of docs/thermal-case.md (THERMAL_CASE.md), shared with the OpenFOAM reference.
class ThermalCaseJson {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalCaseJson)
public:
    static QByteArray toBytes(const engine::ThermalCase &thermalCase);
    /// Returns false and a translated reason in *error for anything that is not a valid case.
    static bool fromBytes(const QByteArray &bytes, engine::ThermalCase *thermalCase, QString *error);
};

}  // namespace rw
