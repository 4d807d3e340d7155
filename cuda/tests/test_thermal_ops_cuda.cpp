// SPDX-License-Identifier: GPL-3.0-or-later
// Every operation of the thermal engine, once on the CPU and once on CUDA, from the same state: the fields
// each operation leaves must agree. Both run the same RW_HD bodies without fused multiply-adds; only the
// device's sqrtf, powf and logf may differ in the last bits. Skipped (exit 77) where no GPU can run it.
#include "opscomparison.h"
#include "thermalcases.h"

#include "rackwerk/engine/backend.h"

using namespace rw::engine;
using namespace rw::engine::thermal;

int main()
{
    const BackendInfo &info = probeBackends();
    if (!info.cudaUsable) {
        std::printf("SKIP: %s\n", info.reason.c_str());
        return rw::check::kSkipped;
    }
    rw::check::Suite suite;
    rw::testcases::compareEveryOperation(
        suite, rw::testcases::smallHall(), 0.2f, [] { return makeCpuOps(2); }, [] { return makeCudaOps(); }, 1e-5);
    return suite.finish();
}
