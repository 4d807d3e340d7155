// Airflow demand on the CPU engine against hand-calculated values.
#include "check.h"
#include "rackwerk/engine/airflow.h"
#include "rackwerk/engine/backend.h"

using namespace rw::engine;

int main()
{
    rw::check::Suite suite;
    // 14.3 kW (DGX B200 max) at 15 K: 14300 / (1.2 * 1005 * 15) = 0.790451 m3/s.
    suite.near(airflowForHeatM3PerS(14300.0f, 15.0f), 14300.0 / (1.2 * 1005.0 * 15.0), 1e-6, "DGX B200 airflow");
    suite.near(airflowForHeatM3PerS(1000.0f, 0.0f), 0.0, 0.0, "zero delta-T gives no flow, not infinity");
    suite.near(airflowDemandM3PerS({ 5000.0f, 10.0f, 0.3f }), 0.3, 1e-7, "declared airflow wins");
    // Exhaust temperature inverts the airflow formula.
    const float flow = airflowForHeatM3PerS(20000.0f, 12.0f);
    suite.near(exhaustTemperatureC(24.0f, 20000.0f, flow), 36.0, 1e-4, "exhaust = inlet + delta-T");

    AirHeatSource sources[3] = { { 14300.0f, 15.0f, 0.0f }, { 0.0f, 15.0f, 0.0f }, { 1200.0f, 10.0f, 0.0f } };
    float out[3] = {};
    suite.expect(computeAirflowDemand(sources, 3, out, false), "CPU batch runs");
    suite.near(out[2], 1200.0 / (1.2 * 1005.0 * 10.0), 1e-6, "CPU batch element");

    BackendRequest request {};
    suite.expect(parseBackendRequest("auto", &request) && request == BackendRequest::Auto, "parse auto");
    suite.expect(!parseBackendRequest("gpu", &request), "reject unknown engine names");
    Backend chosen {};
    std::string why;
    suite.expect(resolveBackend(BackendRequest::Cpu, &chosen, &why) && chosen == Backend::Cpu, "cpu always resolves");
    suite.expect(resolveBackend(BackendRequest::Auto, &chosen, &why), "auto always resolves");
    const BackendInfo &info = probeBackends();
    suite.expect(info.cudaUsable || !info.reason.empty(), "an unusable CUDA engine says why");
    std::printf(
        "engine: %s (%s)\n", backendName(chosen), info.cudaUsable ? info.deviceName.c_str() : info.reason.c_str());
    return suite.finish();
}
