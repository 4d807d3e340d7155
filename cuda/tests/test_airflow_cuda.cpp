// The CUDA kernel against its CPU twin. Skipped (exit 77) where no GPU can run it.
#include "check.h"
#include "rackwerk/engine/airflow.h"
#include "rackwerk/engine/backend.h"

#include <random>

using namespace rw::engine;

int main()
{
    const BackendInfo &info = probeBackends();
    if (!info.cudaUsable) {
        std::printf("SKIP: %s\n", info.reason.c_str());
        return rw::check::kSkipped;
    }
    std::printf("device: %s (sm_%d)\n", info.deviceName.c_str(), info.computeCapability);
    rw::check::Suite suite;
    std::mt19937 random(42);
    std::uniform_real_distribution<float> heat(0.0f, 150000.0f), delta(0.0f, 30.0f), declared(0.0f, 2.0f);
    std::vector<AirHeatSource> sources(100003);  // not a multiple of the block size
    for (std::size_t i = 0; i < sources.size(); ++i)
        sources[i] = { heat(random), delta(random), i % 3 == 0 ? declared(random) : 0.0f };
    std::vector<float> cpu(sources.size()), gpu(sources.size());
    computeAirflowDemandCpu(sources.data(), sources.size(), cpu.data());
    suite.expect(computeAirflowDemandCuda(sources.data(), sources.size(), gpu.data()), "kernel runs");
    double worst = 0.0;
    for (std::size_t i = 0; i < cpu.size(); ++i)
        worst = std::max(worst, double(std::fabs(cpu[i] - gpu[i]) / std::max(1e-6f, std::fabs(cpu[i]))));
    // Same source, same float operations; only fused multiply-add may differ by an ulp or two.
    suite.near(worst, 0.0, 1e-6, "largest relative difference CPU vs CUDA");
    return suite.finish();
}
