// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackwerk/engine/backend.h"
#include "rackwerk/engine/memory.h"

#include <cuda_runtime.h>

namespace rw::engine {

BackendInfo probeCudaDevice()
{
    BackendInfo info;
    info.cudaCompiled = true;
    int count = 0;
    const cudaError_t rc = cudaGetDeviceCount(&count);
    // No driver (cudaErrorInsufficientDriver) or only the stub libcuda (cudaErrorStubLibrary) mean
    // "no GPU here", not a failure: the CPU engine takes over.
    if (rc != cudaSuccess) {
        info.unavailable = CudaUnavailable::NoDriver;
        info.reason = std::string("no usable CUDA driver (") + cudaGetErrorString(rc) + ")";
        return info;
    }
    if (count == 0) {
        info.unavailable = CudaUnavailable::NoDevice;
        info.reason = "no CUDA device found";
        return info;
    }
    cudaDeviceProp props{};
    if (cudaGetDeviceProperties(&props, 0) != cudaSuccess) {
        info.unavailable = CudaUnavailable::QueryFailed;
        info.reason = "the CUDA device could not be queried";
        return info;
    }
    info.cudaUsable = true;
    info.unavailable = CudaUnavailable::No;
    info.deviceName = props.name;
    info.computeCapability = props.major * 10 + props.minor;
    return info;
}

std::size_t availableDeviceMemoryBytes()
{
    if (!probeBackends().cudaUsable)
        return 0;
    std::size_t freeBytes = 0, totalBytes = 0;
    return cudaMemGetInfo(&freeBytes, &totalBytes) == cudaSuccess ? freeBytes : 0;
}

}  // namespace rw::engine
