// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result of one rule in a compliance report, for the review suites; a missing rule ends the test.
#include "review/compliancechecker.h"

#include <QtGlobal>

namespace rwtest {

inline const rw::CheckResult &result(const rw::ComplianceReport &report, const QString &ruleId)
{
    for (const rw::CheckResult &r : report.results)
        if (r.ruleId == ruleId)
            return r;
    qFatal("no result for rule %s", qPrintable(ruleId));
}

}  // namespace rwtest
