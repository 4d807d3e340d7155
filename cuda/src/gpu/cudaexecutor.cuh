// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The CUDA side of the launch abstraction (see cuda/src/thermal/cpuexecutor.h): one generic kernel runs a
// body written once as an RW_HD lambda, one thread per point; DeviceSpace keeps Arrays in GPU memory.
// Needs nvcc's --extended-lambda.

#include "../thermal/extent.h"
#include "../thermal/memoryspace.h"

#include <cuda_runtime.h>

#include <string>

namespace rw::engine::thermal {

struct DeviceSpace {
    static void *allocate(std::size_t bytes)
    {
        void *p = nullptr;
        return cudaMalloc(&p, bytes > 0 ? bytes : 1) == cudaSuccess ? p : nullptr;
    }
    static void release(void *p) { cudaFree(p); }
    static bool upload(void *to, const void *from, std::size_t bytes)
    {
        return bytes == 0 || cudaMemcpy(to, from, bytes, cudaMemcpyHostToDevice) == cudaSuccess;
    }
    static bool download(void *to, const void *from, std::size_t bytes)
    {
        return bytes == 0 || cudaMemcpy(to, from, bytes, cudaMemcpyDeviceToHost) == cudaSuccess;
    }
    static bool copy(void *to, const void *from, std::size_t bytes)
    {
        return bytes == 0 || cudaMemcpyAsync(to, from, bytes, cudaMemcpyDeviceToDevice) == cudaSuccess;
    }
};

/// Red-black sweeps map thread x to every second i, so that no thread idles on the other colour.
template <class Body> __global__ void forEachKernel(Extent e, int color, Body body)
{
    const int x = int(blockIdx.x * blockDim.x + threadIdx.x);
    const int j = int(blockIdx.y * blockDim.y + threadIdx.y);
    const int k = int(blockIdx.z * blockDim.z + threadIdx.z);
    if (j >= e.n[1] || k >= e.n[2])
        return;
    const int i = color < 0 ? x : 2 * x + ((color + j + k) & 1);
    if (i < e.n[0])
        body(i, j, k);
}

/// Non-negative floats order like their bit patterns, so atomicMax on the bits is a float maximum.
template <class Body> __global__ void maxOfKernel(Extent e, Body body, float *out)
{
    const int i = int(blockIdx.x * blockDim.x + threadIdx.x);
    const int j = int(blockIdx.y * blockDim.y + threadIdx.y);
    const int k = int(blockIdx.z * blockDim.z + threadIdx.z);
    if (i < e.n[0] && j < e.n[1] && k < e.n[2])
        atomicMax(reinterpret_cast<unsigned int *>(out), __float_as_uint(fabsf(body(i, j, k))));
}

class CudaExecutor {
public:
    using Space = DeviceSpace;

    CudaExecutor() : mScratch(1) { check(mScratch.valid() ? cudaSuccess : cudaErrorMemoryAllocation); }

    template <class Body> void forEach(const Extent &e, int color, const Body &body)
    {
        Extent threads = e;
        if (color >= 0)
            threads.n[0] = (e.n[0] + 1) / 2;
        const dim3 block = blockFor(threads);
        forEachKernel<<<grid(threads, block), block>>>(e, color, body);
        check(cudaGetLastError());
    }

    /// A red-black sweep: the first colour, then the other (see CpuExecutor::sweep).
    template <class Body> void sweep(const Extent &e, int firstColor, const Body &body)
    {
        forEach(e, firstColor, body);
        forEach(e, 1 - firstColor, body);
    }

    template <class Body> float maxOf(const Extent &e, const Body &body)
    {
        float result = 0.0f;
        check(cudaMemsetAsync(mScratch.data(), 0, sizeof(float)));
        const dim3 block = blockFor(e);
        maxOfKernel<<<grid(e, block), block>>>(e, body, mScratch.data());
        check(cudaGetLastError());
        check(cudaMemcpy(&result, mScratch.data(), sizeof(float), cudaMemcpyDeviceToHost));
        return result;
    }

    bool ok() const { return mError.empty(); }
    std::string error() const { return mError; }

private:
    /// Rows of 32 along x for coalesced loads; a line (n[1] = n[2] = 1) gets all 256 threads along x.
    static dim3 blockFor(const Extent &e) { return e.n[1] == 1 && e.n[2] == 1 ? dim3(256, 1, 1) : dim3(32, 4, 2); }
    static dim3 grid(const Extent &e, const dim3 &block)
    {
        return dim3(unsigned((e.n[0] + int(block.x) - 1) / int(block.x)),
            unsigned((e.n[1] + int(block.y) - 1) / int(block.y)), unsigned((e.n[2] + int(block.z) - 1) / int(block.z)));
    }
    void check(cudaError_t rc)
    {
        if (rc != cudaSuccess && mError.empty())
            mError = std::string("CUDA error: ") + cudaGetErrorString(rc);
    }

    Array<float, DeviceSpace> mScratch;
    std::string mError;
};

}  // namespace rw::engine::thermal
