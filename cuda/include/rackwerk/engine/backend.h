// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace rw::engine {

enum class Backend { Cpu, Cuda };
enum class BackendRequest { Auto, Cpu, Cuda };

/// Why the CUDA engine cannot run, so that the UI can say it in the user's language.
enum class CudaUnavailable { No, NotCompiled, NoDriver, NoDevice, QueryFailed };

/// What this build and this machine offer. Probing never fails: without CUDA support compiled in,
/// without a driver or without a GPU, the CPU engine is used and `reason` says why.
struct BackendInfo {
    bool cudaCompiled = false;
    bool cudaUsable = false;
    std::string deviceName;  ///< e.g. "NVIDIA H100 80GB HBM3"
    int computeCapability = 0;  ///< major * 10 + minor
    CudaUnavailable unavailable = CudaUnavailable::NotCompiled;
    std::string reason;  ///< why CUDA is not usable (English, for logs; the UI maps it)
};

/// Cached after the first call; safe to call from any thread.
const BackendInfo &probeBackends();

/// Resolves a request against what is available. Returns false (and sets *why) only when CUDA was
/// requested explicitly but cannot run; Auto falls back to the CPU.
bool resolveBackend(BackendRequest request, Backend *chosen, std::string *why);

/// The one place where an engine (load or thermal) picks its CPU or its CUDA implementation: cpu() for the
/// CPU, cuda() where this machine can run CUDA, unavailable(reason) for a CUDA request that cannot run
/// (probeBackends().reason). Builds without CUDA link CUDA entry points that say so (no_cuda.cpp), so every
/// engine always links.
template <class Cpu, class Cuda, class Unavailable>
auto onBackend(Backend backend, Cpu &&cpu, Cuda &&cuda, Unavailable &&unavailable) -> decltype(cpu())
{
    if (backend == Backend::Cpu)
        return cpu();
    const BackendInfo &info = probeBackends();
    return info.cudaUsable ? cuda() : unavailable(info.reason);
}

const char *backendName(Backend backend);
bool parseBackendRequest(const std::string &text, BackendRequest *out);

}  // namespace rw::engine
