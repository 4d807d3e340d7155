// SPDX-License-Identifier: GPL-3.0-or-later
// A plan file (.rackwerk, SQLite) from anyone: opening it refuses with one line or gives a consistent plan.
#include "fuzzsupport.h"

#include "plan/validation.h"
#include "store/planstore.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::Plan plan;
    const rw::LoadReport report
        = rw::PlanStore::loadBytes(rwfuzz::bytes(data, size), QStringLiteral("fuzz.rackwerk"), &plan);
    rwfuzz::requireOneLine(report.error);
    if (report.ok) {
        rwfuzz::require(!rw::PlanValidator::firstError(plan), "an opened plan has no errors");
        rw::PlanValidator::validate(plan);
    }
    return 0;
}
