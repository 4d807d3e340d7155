// SPDX-License-Identifier: GPL-3.0-or-later
// A thermal case file (rackwerk-cli thermal --case) from anyone: reading refuses with one line, or gives a
// case whose grid and memory the engine can predict (the solve itself is not fuzzed: it takes seconds).
#include "fuzzsupport.h"

#include "analysis/thermalcasejson.h"

#include <rackwerk/engine/thermalsolver.h>

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::engine::ThermalCase c;
    QString error;
    const bool ok = rw::ThermalCaseJson::fromBytes(rwfuzz::bytes(data, size), &c, &error);
    rwfuzz::requireOneLine(error);
    if (ok) {
        const float cellM = rw::engine::defaultCellSizeM(c);
        rw::engine::thermalGridFor(c, cellM);
        rw::engine::predictThermalMemoryBytes(c, cellM);
        rw::engine::finestCellFitting(c, std::size_t(1) << 30);
        rw::engine::ThermalCase again;
        rwfuzz::require(rw::ThermalCaseJson::fromBytes(rw::ThermalCaseJson::toBytes(c), &again, &error),
            "a case that was read writes and reads again");
    }
    return 0;
}
