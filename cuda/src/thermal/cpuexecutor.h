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
        const int ny = e.n[1];
        runRows(e, [&](long long b, long long end) {
            const Body local = body;  // a copy no store can alias: its captures stay in registers
            for (long long row = b; row < end; ++row)
                runRow(e, local, int(row % ny), int(row / ny), color);
        });
    }

    /// A red-black Gauss-Seidel sweep: body on every point of colour firstColor, then on every point of the
    /// other colour, with the result of those two passes but mostly one pass through memory. Each thread
    /// takes a slab of planes (k) and runs the first colour on plane k, then the second on plane k - 1,
    /// whose first-colour neighbours are then all done; the second colour on each slab's first and last
    /// plane, whose neighbours lie in other slabs, follows once every slab is through. (A wavefront with a
    /// barrier per plane was measured slower: a loaded machine stalls at every barrier. This one has no
    /// more barriers than two plain passes.)
    template <class Body> void sweep(const Extent &e, int firstColor, const Body &body)
    {
        const int second = 1 - firstColor;
        const int nz = e.n[2];
        if ((long long)e.n[0] * e.n[1] * nz < kSerialPoints || nz < 4 * mPool.size()) {
            forEach(e, firstColor, body);
            forEach(e, second, body);
            return;
        }
        std::vector<int> edges(std::size_t(2 * mPool.size()), -1);  // each slab's first and last plane
        std::atomic<int> slot { 0 };
        mPool.run(nz, [&](long long kBegin, long long kEnd) {
            const Body local = body;
            for (int k = int(kBegin); k < int(kEnd); ++k) {
                runPlane(e, local, k, firstColor);
                if (k - 1 > int(kBegin))
                    runPlane(e, local, k - 1, second);
            }
            const std::size_t n = std::size_t(slot++);
            edges[2 * n] = int(kBegin);
            edges[2 * n + 1] = kEnd - 1 > kBegin ? int(kEnd - 1) : -1;
        });
        edges.erase(std::remove(edges.begin(), edges.end(), -1), edges.end());
        const int ny = e.n[1];
        mPool.run((long long)edges.size() * ny, [&](long long b, long long end) {
            const Body local = body;
            for (long long row = b; row < end; ++row)
                runRow(e, local, int(row % ny), edges[std::size_t(row / ny)], second);
        });
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
    template <class Body> static void runRow(const Extent &e, const Body &body, int j, int k, int color)
    {
        const int first = color < 0 ? 0 : (color + j + k) & 1;
        const int step = color < 0 ? 1 : 2;
        for (int i = first; i < e.n[0]; i += step)
            body(i, j, k);
    }

    template <class Body> static void runPlane(const Extent &e, const Body &body, int k, int color)
    {
        for (int j = 0; j < e.n[1]; ++j)
            runRow(e, body, j, k, color);
    }

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
