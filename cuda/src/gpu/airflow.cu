#include "rackwerk/engine/airflow.h"
#include "rackwerk/engine/memory.h"

#include <cuda_runtime.h>

namespace rw::engine {
namespace {

__global__ void airflowDemandKernel(const AirHeatSource *sources, std::size_t count, float *out)
{
    const std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < count)
        out[i] = airflowDemandM3PerS(sources[i]);
}

}  // namespace

bool computeAirflowDemandCuda(const AirHeatSource *sources, std::size_t count, float *out)
{
    if (count == 0)
        return true;
    // Predicted before allocating: a batch larger than the GPU's free memory is refused, not attempted.
    if (count > (std::size_t(-1) / 2) / (sizeof(AirHeatSource) + sizeof(float))
        || count * (sizeof(AirHeatSource) + sizeof(float)) > availableDeviceMemoryBytes())
        return false;
    AirHeatSource *deviceSources = nullptr;
    float *deviceOut = nullptr;
    bool ok = cudaMalloc(&deviceSources, count * sizeof(AirHeatSource)) == cudaSuccess
        && cudaMalloc(&deviceOut, count * sizeof(float)) == cudaSuccess
        && cudaMemcpy(deviceSources, sources, count * sizeof(AirHeatSource), cudaMemcpyHostToDevice) == cudaSuccess;
    if (ok) {
        constexpr int kBlock = 256;
        const auto blocks = unsigned((count + kBlock - 1) / kBlock);
        airflowDemandKernel<<<blocks, kBlock>>>(deviceSources, count, deviceOut);
        ok = cudaGetLastError() == cudaSuccess
            && cudaMemcpy(out, deviceOut, count * sizeof(float), cudaMemcpyDeviceToHost) == cudaSuccess;
    }
    cudaFree(deviceSources);
    cudaFree(deviceOut);
    return ok;
}

}  // namespace rw::engine
