// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliancechecker.h"
#include "plandiff.h"

#include <QJsonObject>

namespace rw {

/// The JSON forms of check results and plan differences (rackwerk-cli check/diff --json): stable keys,
/// numbers as numbers; the translated texts are there for people, scripts use the keys.
class ReviewJson {
public:
    static QJsonObject toJson(const ComplianceReport &report);
    static QJsonObject toJson(const PlanDiff &diff);
};

}  // namespace rw
