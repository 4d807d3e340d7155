// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackwerk/engine/backend.h"

#include <mutex>

namespace rw::engine {

BackendInfo probeCudaDevice();  // gpu/probe.cu, or the "not compiled" variant

const BackendInfo &probeBackends()
{
    static BackendInfo info;
    static std::once_flag once;
    std::call_once(once, [] { info = probeCudaDevice(); });
    return info;
}

bool resolveBackend(BackendRequest request, Backend *chosen, std::string *why)
{
    const BackendInfo &info = probeBackends();
    switch (request) {
    case BackendRequest::Cpu:
        *chosen = Backend::Cpu;
        return true;
    case BackendRequest::Cuda:
        if (!info.cudaUsable) {
            *why = info.reason;
            return false;
        }
        *chosen = Backend::Cuda;
        return true;
    case BackendRequest::Auto:
        *chosen = info.cudaUsable ? Backend::Cuda : Backend::Cpu;
        if (!info.cudaUsable)
            *why = info.reason;
        return true;
    }
    return false;
}

const char *backendName(Backend backend)
{
    return backend == Backend::Cuda ? "cuda" : "cpu";
}

bool parseBackendRequest(const std::string &text, BackendRequest *out)
{
    if (text == "auto")
        *out = BackendRequest::Auto;
    else if (text == "cpu")
        *out = BackendRequest::Cpu;
    else if (text == "cuda")
        *out = BackendRequest::Cuda;
    else
        return false;
    return true;
}

}  // namespace rw::engine
