// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA engine: the thermal engine (thermalengine.h) on one generic kernel, fields in GPU memory.
#include "../thermal/thermalengine.h"
#include "cudaexecutor.cuh"

namespace rw::engine::thermal {

std::unique_ptr<ThermalOps> makeCudaOps()
{
    return std::make_unique<ThermalEngine<CudaExecutor>>();
}

}  // namespace rw::engine::thermal
