// SPDX-License-Identifier: GPL-3.0-or-later
// Linked when the build has no CUDA compiler: everything links, the CPU engine runs.
#include "rackwerk/engine/backend.h"
#include "rackwerk/engine/loadprojection.h"
#include "rackwerk/engine/memory.h"

namespace rw::engine {

BackendInfo probeCudaDevice()
{
    BackendInfo info;
    info.reason = "this build of Rackwerk has no CUDA support";
    return info;
}

std::size_t availableDeviceMemoryBytes()
{
    return 0;
}

bool runLoadProjectionCuda(
    const LoadModel &, const LoadRunOptions &, const LoadProgress &, LoadStatistics *, std::string *error)
{
    *error = "this build of Rackwerk has no CUDA support";
    return false;
}

}  // namespace rw::engine

#include "../thermal/thermalops.h"

namespace rw::engine::thermal {

std::unique_ptr<ThermalOps> makeCudaOps()
{
    return nullptr;
}

}  // namespace rw::engine::thermal
