// SPDX-License-Identifier: GPL-3.0-or-later
// A plan in the JSON form from anyone: importing refuses with one line, or gives a plan whose JSON form
// imports again (the form is lossless both ways).
#include "fuzzsupport.h"

#include "plan/validation.h"
#include "store/planjson.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::Plan plan;
    const rw::JsonImportReport report = rw::PlanJson::fromBytes(rwfuzz::bytes(data, size), &plan);
    rwfuzz::requireOneLine(report.error);
    if (report.ok) {
        rw::PlanValidator::validate(plan);
        rw::Plan again;
        const rw::JsonImportReport second = rw::PlanJson::fromBytes(rw::PlanJson::toBytes(plan), &again);
        rwfuzz::require(second.ok, "an imported plan's JSON form imports again");
        rwfuzz::require(again.nextId() == plan.nextId(), "nextId survives the round trip");
    }
    return 0;
}
