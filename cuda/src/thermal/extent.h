// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marks the bodies an executor runs (lambdas): __host__ __device__ for the CUDA executor's generic kernel;
// on the CPU forced inline into the executor's loop, so that the body's captured views live in registers.
#if defined(__CUDACC__)
#define RW_LAMBDA __host__ __device__
#elif defined(__clang__)
// Clang takes no attribute between a lambda's captures and its parameters (the sanitizer and fuzz build).
#define RW_LAMBDA
#else
#define RW_LAMBDA __attribute__((always_inline))
#endif

namespace rw::engine::thermal {

/// The points (i, j, k), 0 <= i < n[0] and so on, that an executor runs a body over.
struct Extent {
    int n[3];
};

inline Extent line(long long count)
{
    return Extent { { int(count), 1, 1 } };
}

}  // namespace rw::engine::thermal
