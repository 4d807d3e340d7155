// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The CPU side of the launch abstraction: a body written once as an RW_HD lambda runs over a grid
// here on the worker threads (rows split between them), in cuda/src/gpu/cudaexecutor.cuh as one generic
// kernel. Engines are templates on the executor (thermalengine.h), so each loop exists once.

#include "extent.h"
#include "memoryspace.h"
#include "workerpool.h"

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace rw::engine::thermal {

class CpuExecutor {
public:
    using Space = HostSpace;

    explicit CpuExecutor(int threads)
        : mPool(threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency())))
    {
    }

    /// body(i, j, k) on every point (color < 0) or on the points with (i + j + k) % 2 == color.
    template <class Body> void forEach(const Extent &e, int color, const Body &body)
    {
        const int nx = e.n[0];
        const int ny = e.n[1];
        runRows(e, [&](long long b, long long end) {
            const Body local = body;  // a copy no store can alias: its captures stay in registers
            for (long long row = b; row < end; ++row) {
                const int j = int(row % ny);
                const int k = int(row / ny);
                const int first = color < 0 ? 0 : (color + j + k) & 1;
                const int step = color < 0 ? 1 : 2;
                for (int i = first; i < nx; i += step)
                    local(i, j, k);
            }
        });
    }

    /// A red-black Gauss-Seidel sweep: body on every point of colour firstColor, then on every point of the
    /// other colour. (Both colours in one pass through memory, a slab of planes per thread with the second
    /// colour one plane behind, was measured here and was not faster: the fields of the demo hall fit this
    /// machine's last-level cache, the bodies are compute-bound, and the plane loops cost 15 % more
    /// instructions; cachegrind, docs/thermal-design.md. A wavefront with a barrier per plane was slower.)
    template <class Body> void sweep(const Extent &e, int firstColor, const Body &body)
    {
        forEach(e, firstColor, body);
        forEach(e, 1 - firstColor, body);
    }

    /// The largest value body(i, j, k) returns over all points; bodies return magnitudes (>= 0).
    template <class Body> float maxOf(const Extent &e, const Body &body)
    {
        std::vector<float> partial(std::size_t(mPool.size()), 0.0f);
        std::atomic<int> slot { 0 };
        const int nx = e.n[0];
        const int ny = e.n[1];
        runRows(e, [&](long long b, long long end) {
            float largest = 0.0f;
            for (long long row = b; row < end; ++row)
                for (int i = 0; i < nx; ++i)
                    largest = std::max(largest, body(i, int(row % ny), int(row / ny)));
            partial[std::size_t(slot++)] = largest;
        });
        return *std::max_element(partial.begin(), partial.end());
    }

    bool ok() const { return true; }
    std::string error() const { return {}; }

    /// Grids with fewer points than this run on the calling thread alone: waking the workers costs more
    /// than the coarse multigrid levels' work (a step runs about 60 passes over the coarsest level).
    static constexpr long long kSerialPoints = 32768;

private:
    /// Rows (j, k) of the grid, split between the worker threads or all on the calling thread.
    template <class Rows> void runRows(const Extent &e, const Rows &rows)
    {
        const long long count = (long long)e.n[1] * e.n[2];
        if (count * e.n[0] < kSerialPoints)
            rows(0LL, count);
        else
            mPool.run(count, rows);
    }

    WorkerPool mPool;
};

}  // namespace rw::engine::thermal
