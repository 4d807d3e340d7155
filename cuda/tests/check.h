// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A minimal test harness for the engine tests, which must build where Qt is absent (GPU machines).
// Prints "N passed, N failed" so CTest logs read like the other suites. Exit 77 = skipped.

#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace rw::check {

constexpr int kSkipped = 77;

struct Suite {
    int passed = 0;
    int failed = 0;

    void expect(bool condition, const std::string &what)
    {
        if (condition) {
            ++passed;
        } else {
            ++failed;
            std::printf("FAIL: %s\n", what.c_str());
        }
    }

    void near(double actual, double expected, double tolerance, const std::string &what)
    {
        const bool ok = std::fabs(actual - expected) <= tolerance;
        if (!ok)
            std::printf("  %s: got %.9g, expected %.9g (tolerance %.3g)\n", what.c_str(), actual, expected, tolerance);
        expect(ok, what);
    }

    int finish() const
    {
        std::printf("%d passed, %d failed\n", passed, failed);
        return failed == 0 ? 0 : 1;
    }
};

}  // namespace rw::check
