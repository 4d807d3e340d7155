// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidcasejson.h"

#include <QJsonObject>

#include <vector>

namespace rw {

/// Runs the liquid engine on a case: the steady state with its findings (racks short of flow or over a
/// temperature limit, units at capacity) and failures (one named, or every single one). The engine's refusals
/// come back translated, naming the element by its id.
class LiquidAnalysis {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidAnalysis)
public:
    /// Failure ids besides the ids of pump sets, CDUs and heat-rejection units.
    static inline const QString kPowerLost = QStringLiteral("power");
    static inline const QString kPowerLostPumpsOnUps = QStringLiteral("power-ups");
    /// Appended to a CDU's id: its heat exchanger loses the facility water, its pumps run on.
    static inline const QString kFacilityWaterSuffix = QStringLiteral("/facility-water");

    struct Result {
        bool ok = false;
        QString error;
        engine::liquid::LiquidResult steady;
        engine::liquid::TransientOptions transient;
        std::vector<QString> failureIds;
        std::vector<engine::liquid::FailureOutcome> failures;
        QStringList findings;
    };

    /// failId empty: every single failure, then the power chain's (ChainFailure); otherwise only that one
    /// (false and an error if it names nothing).
    static Result run(const LiquidCase &liquidCase, const QString &failId = {},
        const engine::liquid::TransientOptions &transient = {});
    static QJsonObject toJson(const LiquidCase &liquidCase, const Result &result);
    static QStringList toText(const LiquidCase &liquidCase, const Result &result);
};

}  // namespace rw
