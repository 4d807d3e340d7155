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

const char *backendName(Backend backend);
bool parseBackendRequest(const std::string &text, BackendRequest *out);

}  // namespace rw::engine
