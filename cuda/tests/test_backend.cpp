// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing the engine: names parse, the CPU always resolves, Auto falls back to the CPU and says why.
#include "check.h"
#include "rackwerk/engine/backend.h"

using namespace rw::engine;

int main()
{
    rw::check::Suite suite;
    BackendRequest request {};
    suite.expect(parseBackendRequest("auto", &request) && request == BackendRequest::Auto, "parse auto");
    suite.expect(parseBackendRequest("cuda", &request) && request == BackendRequest::Cuda, "parse cuda");
    suite.expect(!parseBackendRequest("gpu", &request), "reject unknown engine names");
    Backend chosen {};
    std::string why;
    suite.expect(resolveBackend(BackendRequest::Cpu, &chosen, &why) && chosen == Backend::Cpu, "cpu always resolves");
    suite.expect(resolveBackend(BackendRequest::Auto, &chosen, &why), "auto always resolves");
    const BackendInfo &info = probeBackends();
    suite.expect(info.cudaUsable || !info.reason.empty(), "an unusable CUDA engine says why");
    suite.expect(info.cudaUsable || !resolveBackend(BackendRequest::Cuda, &chosen, &why),
        "an explicit CUDA request fails where CUDA cannot run");
    std::printf(
        "engine: %s (%s)\n", backendName(chosen), info.cudaUsable ? info.deviceName.c_str() : info.reason.c_str());
    return suite.finish();
}
