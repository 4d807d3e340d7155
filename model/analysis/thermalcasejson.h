// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <rackwerk/engine/thermalsolver.h>

#include "store/jsonshape.h"
#include <QByteArray>

#include <QCoreApplication>
#include <QString>

namespace rw {

/// The case JSON of docs/thermal-case.md (THERMAL_CASE.md), shared with the OpenFOAM reference.
class ThermalCaseJson {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalCaseJson)
public:
    static QByteArray toBytes(const engine::ThermalCase &thermalCase);
    /// Returns false and a translated reason in *error for anything that is not a valid case.
    static bool fromBytes(const QByteArray &bytes, engine::ThermalCase *thermalCase, QString *error);
    /// Every member a case may have, with its type: fromBytes refuses what it does not name, and
    /// docs/schemas/thermal-case.schema.json is generated from it.
    static const JsonShape &shape();
};

}  // namespace rw
