// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <rackwerk/engine/liquid/liquidloop.h>

#include "store/jsonshape.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rw {

/// A failure that a plan's power chain defines: what one power node's failure stops, or what stops when the
/// utility supply is lost and only what hangs below a UPS runs on.
struct ChainFailure {
    QString id;
    engine::liquid::FailureCase failure;
    QStringList pumpsOnUps;  ///< utility loss: the pump sets that run on (ids of the pump links)
};

/// A liquid network with the ids its elements had in the file, by engine index.
struct LiquidCase {
    engine::liquid::LiquidNetwork network;
    QStringList nodeIds;
    QStringList linkIds;
    QStringList rackIds;
    QStringList cduIds;
    QStringList rejectionIds;
    std::vector<ChainFailure> chainFailures;  ///< from a plan's power chain; case files have none
};

/// The liquid case JSON of docs/liquid-loops.md ("rackwerk-liquid-case", version 1): coolant loops written out
/// element by element, until plans carry liquid loops themselves. Units as people write them (kPa, L/min, mm,
/// kW); the engine's SI units are set here, in one place.
class LiquidCaseJson {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidCaseJson)
public:
    static constexpr int kFormatVersion = 1;
    /// Returns false and a translated one-line reason (with the JSON path) for anything the format forbids:
    /// unknown or missing members, wrong types, negative lengths or diameters, unknown or duplicate ids.
    static bool fromBytes(const QByteArray &bytes, LiquidCase *liquidCase, QString *error);
    /// Every member a case may have, with its type and range: fromBytes checks each document against it, and
    /// docs/schemas/liquid-case.schema.json is generated from it. What involves several values (ids that name
    /// elements, a loop's temperature for its coolant, a rated pressure below the shut-off) is left to fromBytes.
    static const JsonShape &shape();
};

}  // namespace rw
