// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What memory an engine may take. Every engine predicts the memory a run needs before it allocates any
// and refuses a run that does not fit, returning a code with both figures (no text: the model
// translates them).

#include <cstddef>

namespace rw::engine {

/// Memory a new allocation can have now, in bytes: the kernel's MemAvailable (/proc/meminfo), lowered
/// to what a memory limit of the process's control group still leaves; without /proc the physical
/// memory (sysconf); 0 when nothing is known.
std::size_t availableMemoryBytes();

/// Free memory of the CUDA device the engines use (cudaMemGetInfo); 0 without a usable device or in
/// builds without CUDA.
std::size_t availableDeviceMemoryBytes();

/// Why an engine refused to start: what it predicted and what it may use.
struct MemoryShortfall {
    std::size_t neededBytes = 0;
    std::size_t availableBytes = 0;
    bool onDevice = false;  ///< the GPU's memory, not the host's
};

/// The limit for a run: `requested` when it is set (> 0), else what the host (or the device) has now;
/// no limit when that is not known.
std::size_t memoryLimitBytes(std::size_t requested, bool onDevice);

}  // namespace rw::engine
