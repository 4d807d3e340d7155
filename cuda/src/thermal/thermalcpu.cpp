// SPDX-License-Identifier: GPL-3.0-or-later
// The CPU engine: the thermal engine (thermalengine.h) on the worker threads, fields in main memory.
#include "cpuexecutor.h"
#include "thermalengine.h"

namespace rw::engine::thermal {

std::unique_ptr<ThermalOps> makeCpuOps(int threads)
{
    return std::make_unique<ThermalEngine<CpuExecutor>>(threads);
}

}  // namespace rw::engine::thermal
