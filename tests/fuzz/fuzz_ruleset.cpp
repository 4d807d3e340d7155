// SPDX-License-Identifier: GPL-3.0-or-later
// A rule set (resources/rules/*.json) from anyone: loading refuses with one line, or gives rules that name
// check kinds of the registry and that the checker evaluates without crashing, in or out of their scope.
#include "fuzzsupport.h"

#include "review/checkkinds.h"
#include "review/compliancechecker.h"
#include "review/ruleset.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::RuleSet set;
    QString error;
    const bool ok = rw::RuleSetLoader::fromBytes(rwfuzz::bytes(data, size), &set, &error);
    rwfuzz::requireOneLine(error);
    if (ok) {
        for (const rw::Rule &rule : set.rules)
            rwfuzz::require(rw::checkKind(rule.check) != nullptr, "rules name known checks");
        static rw::Plan plan;  // empty: every declaration missing, the scope decides on what it has
        const rw::ComplianceReport report = rw::ComplianceChecker::run(plan, {}, {}, set);
        rwfuzz::require(report.results.size() == set.rules.size(), "one result per rule");
    }
    return 0;
}
