// SPDX-License-Identifier: GPL-3.0-or-later
// The CPU side of the launch abstraction, always run (no GPU needed): the executor visits every point
// once, each colour's points once, and a red-black sweep equals the two plain passes it fuses, bit for
// bit, on any thread count; then every operation of the CPU engine on one thread against three threads
// from the same state, where the results must be bit-identical.
#include "../src/thermal/cpuexecutor.h"
#include "opscomparison.h"
#include "thermalcases.h"

#include <cstring>

using namespace rw::engine::thermal;

namespace {

long long pointIndex(const Extent &e, int i, int j, int k)
{
    return i + (long long)e.n[0] * (j + (long long)e.n[1] * k);
}

/// A Gauss-Seidel body on a 7-point stencil: its result depends on the order the colours run in, so a
/// sweep that updated a point before its neighbours of the first colour, or twice, would differ.
struct Relax {
    Extent e;
    float *phi;
    const float *b;
    void operator()(int i, int j, int k) const
    {
        const int ijk[3] = { i, j, k };
        const long long c = pointIndex(e, i, j, k);
        float sum = b[c];
        long long stride = 1;
        for (int d = 0; d < 3; ++d) {
            if (ijk[d] > 0)
                sum += phi[c - stride];
            if (ijk[d] + 1 < e.n[d])
                sum += phi[c + stride];
            stride *= e.n[d];
        }
        phi[c] = 0.3f * phi[c] + sum / 8.5f;
    }
};

void checkExecutor(rw::check::Suite &suite, const Extent &e, int threads)
{
    const std::string where = std::to_string(e.n[0]) + " x " + std::to_string(e.n[1]) + " x " + std::to_string(e.n[2])
        + " on " + std::to_string(threads) + " threads";
    const std::size_t count = std::size_t(e.n[0]) * e.n[1] * e.n[2];
    CpuExecutor exec(threads);
    for (int color = -1; color <= 1; ++color) {
        std::vector<int> visits(count, 0);
        int *v = visits.data();
        exec.forEach(e, color, [v, e](int i, int j, int k) { ++v[pointIndex(e, i, j, k)]; });
        bool right = true;
        for (int k = 0; k < e.n[2]; ++k)
            for (int j = 0; j < e.n[1]; ++j)
                for (int i = 0; i < e.n[0]; ++i)
                    right = right
                        && visits[std::size_t(pointIndex(e, i, j, k))] == (color < 0 || (i + j + k) % 2 == color);
        suite.expect(right, "forEach, colour " + std::to_string(color) + ", visits each point once: " + where);
    }
    std::mt19937 random(11);
    std::vector<float> start(count), b(count);
    for (std::size_t n = 0; n < count; ++n) {
        start[n] = std::uniform_real_distribution<float>(-1.0f, 1.0f)(random);
        b[n] = std::uniform_real_distribution<float>(-1.0f, 1.0f)(random);
    }
    for (const int firstColor : { 0, 1 }) {
        std::vector<float> fused = start, plain = start;
        exec.sweep(e, firstColor, Relax { e, fused.data(), b.data() });
        const Relax reference { e, plain.data(), b.data() };  // the two passes, on this thread, in order
        for (const int color : { firstColor, 1 - firstColor })
            for (int k = 0; k < e.n[2]; ++k)
                for (int j = 0; j < e.n[1]; ++j)
                    for (int i = (color + j + k) & 1; i < e.n[0]; i += 2)
                        reference(i, j, k);
        suite.expect(std::memcmp(fused.data(), plain.data(), count * sizeof(float)) == 0,
            "sweep, first colour " + std::to_string(firstColor) + ", equals its two passes bit for bit: " + where);
    }
    float largest = 0.0f;
    for (const float value : start)
        largest = std::max(largest, std::fabs(value));
    const float *s = start.data();
    suite.expect(exec.maxOf(e, [s, e](int i, int j, int k) { return std::fabs(s[pointIndex(e, i, j, k)]); }) == largest,
        "maxOf finds the largest value: " + where);
}

}  // namespace

int main()
{
    rw::check::Suite suite;
    // Below and above the size that runs on one thread; fewer and more planes than a fused sweep needs.
    for (const Extent e :
        { Extent { { 9, 7, 5 } }, Extent { { 41, 29, 33 } }, Extent { { 64, 90, 7 } }, Extent { { 37, 45, 26 } } })
        for (const int threads : { 1, 2, 3, 5 })
            checkExecutor(suite, e, threads);
    // At 0.15 m the small hall has about 43,000 cells, above the one-thread size: the threads split the fine
    // grid.
    rw::testcases::compareEveryOperation(
        suite, rw::testcases::smallHall(), 0.15f, [] { return makeCpuOps(1); }, [] { return makeCpuOps(3); }, 0.0);
    return suite.finish();
}
