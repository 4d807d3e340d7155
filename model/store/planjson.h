// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rw {

struct JsonImportReport {
    bool ok = false;
    QString path;  ///< JSON path of the first bad value, e.g. "$.racks[3].maxPowerKw"
    QString error;  ///< translated reason, including the path
};

/// The documented JSON form of a whole plan (docs/plan-json.md): lossless in both directions.
class PlanJson {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanJson)
public:
    /// 2 added `labels`; a document of version 1 has none and reads with an empty list. 3 added the halls'
    /// `returnPlenumM`. 4 made the site's declarations nullable (null or left out = not declared); those of
    /// older documents read as not declared. 5 added the site's `operatorRole`, `connectedPowerKw` and
    /// `publicOwnership`: declarations too, so older documents, which have none, read as not declared. 6 added
    /// liquid cooling: `coolantLoops`, `loopRejections` and `loopRacks`, the site's
    /// `weather` and CAD `underlays` (older documents have none). 7 added the device types' `powerInput` (AC,
    /// 800 V DC or either; older documents read as AC) and the power node kinds `rectifier` and `dc-busway`.
    static constexpr int kFormatVersion = 7;

    static QJsonObject toJson(const Plan &plan);
    static QByteArray toBytes(const Plan &plan);

    /// Checks every field; on the first bad one reports its path and leaves `plan` unchanged.
    static JsonImportReport fromJson(const QJsonObject &json, Plan *plan);
    static JsonImportReport fromBytes(const QByteArray &bytes, Plan *plan);
};

}  // namespace rw
