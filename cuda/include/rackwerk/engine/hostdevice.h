// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marks code that runs both on the CPU and in CUDA kernels: one source for both engines.
#if defined(__CUDACC__)
#define RW_HD __host__ __device__
#else
#define RW_HD
#endif
