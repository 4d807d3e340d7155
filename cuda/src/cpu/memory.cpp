// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackwerk/engine/memory.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include <unistd.h>

namespace rw::engine {
namespace {

/// A number from a one-line file such as cgroup's memory.max ("max" = none).
bool readBytes(const char *path, std::uint64_t *out)
{
    std::ifstream file(path);
    std::string text;
    if (!(file >> text) || text == "max")
        return false;
    try {
        *out = std::stoull(text);
    } catch (...) {
        return false;
    }
    return true;
}

/// MemAvailable from /proc/meminfo, in bytes.
bool memAvailable(std::uint64_t *out)
{
    std::ifstream meminfo("/proc/meminfo");
    std::string line;
    while (std::getline(meminfo, line)) {
        if (line.rfind("MemAvailable:", 0) != 0)
            continue;
        std::istringstream fields(line.substr(13));
        std::uint64_t kib = 0;
        if (!(fields >> kib))
            return false;
        *out = kib * 1024;
        return true;
    }
    return false;
}

}  // namespace

std::size_t availableMemoryBytes()
{
    std::uint64_t available = 0;
    if (!memAvailable(&available)) {
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long pageSize = sysconf(_SC_PAGESIZE);
        if (pages <= 0 || pageSize <= 0)
            return 0;
        available = std::uint64_t(pages) * std::uint64_t(pageSize);
    }
    // A container's limit (cgroup v2) may be far below what the machine has free.
    std::uint64_t limit = 0, used = 0;
    if (readBytes("/sys/fs/cgroup/memory.max", &limit) && readBytes("/sys/fs/cgroup/memory.current", &used))
        available = std::min(available, limit > used ? limit - used : 0);
    return std::size_t(std::min<std::uint64_t>(available, std::numeric_limits<std::size_t>::max()));
}

std::size_t memoryLimitBytes(std::size_t requested, bool onDevice)
{
    if (requested > 0)
        return requested;
    const std::size_t available = onDevice ? availableDeviceMemoryBytes() : availableMemoryBytes();
    return available > 0 ? available : std::numeric_limits<std::size_t>::max();  // unknown: no limit
}

}  // namespace rw::engine
