// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostdevice.h"

#include <cstdint>

namespace rw::engine {

/// Four 32-bit words: a Philox counter or its output block.
struct Philox4 {
    std::uint32_t v[4];
};

/// Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011): a counter-based
/// generator. Block i of stream s is a pure function of (counter, key), so any trial and hour can be drawn
/// in any order on any engine, and the CPU and CUDA engines draw the same numbers. Written once, used by both.
RW_HD inline Philox4 philox4x32(Philox4 counter, std::uint32_t key0, std::uint32_t key1)
{
    constexpr std::uint32_t kMultiplier0 = 0xD2511F53u;
    constexpr std::uint32_t kMultiplier1 = 0xCD9E8D57u;
    constexpr std::uint32_t kWeyl0 = 0x9E3779B9u;
    constexpr std::uint32_t kWeyl1 = 0xBB67AE85u;
    for (int round = 0; round < 10; ++round) {
        const std::uint64_t product0 = std::uint64_t(kMultiplier0) * counter.v[0];
        const std::uint64_t product1 = std::uint64_t(kMultiplier1) * counter.v[2];
        const auto hi0 = std::uint32_t(product0 >> 32);
        const auto lo0 = std::uint32_t(product0);
        const auto hi1 = std::uint32_t(product1 >> 32);
        const auto lo1 = std::uint32_t(product1);
        counter = Philox4 { { hi1 ^ counter.v[1] ^ key0, lo1, hi0 ^ counter.v[3] ^ key1, lo0 } };
        key0 += kWeyl0;
        key1 += kWeyl1;
    }
    return counter;
}

/// Uniform in [0, 1) from 32 random bits (exact in double).
RW_HD inline double uniform32(std::uint32_t bits)
{
    return double(bits) * (1.0 / 4294967296.0);
}

/// Standard normal approximated by the Irwin-Hall sum of four uniforms of 16 bits (two words): mean 0 and
/// variance 1 exactly, tails cut at +-3.46 sigma. Only additions and multiplications, so the CPU and the GPU
/// give the same bits (no log or cos whose last ulp differs between libm and CUDA).
RW_HD inline double normal4x16(std::uint32_t a, std::uint32_t b)
{
    constexpr double kScale = 1.0 / 65536.0;
    // (k + 0.5) / 65536 keeps each uniform's mean at exactly 1/2.
    const double sum = (double(a & 0xFFFFu) + double(a >> 16) + double(b & 0xFFFFu) + double(b >> 16) + 2.0) * kScale;
    // Var of one discrete uniform on 65536 points = (65536^2 - 1) / 12 / 65536^2; four of them.
    constexpr double kInvSd = 1.7320508075688772 / 0.99999999988358467;  // sqrt(3) / sqrt(1 - 2^-32)
    return (sum - 2.0) * kInvSd;
}

}  // namespace rw::engine
