// SPDX-License-Identifier: GPL-3.0-or-later
// The airflow formulas the plan mapping and the cooling budget use, against hand-calculated values.
#include "check.h"
#include "rackwerk/engine/airflow.h"

using namespace rw::engine;

int main()
{
    rw::check::Suite suite;
    // 14.3 kW (DGX B200 max) at 15 K: 14300 / (1.2 * 1005 * 15) = 0.790451 m3/s.
    suite.near(airflowForHeatM3PerS(14300.0f, 15.0f), 14300.0 / (1.2 * 1005.0 * 15.0), 1e-6, "DGX B200 airflow");
    suite.near(airflowForHeatM3PerS(1000.0f, 0.0f), 0.0, 0.0, "zero delta-T gives no flow, not infinity");
    suite.near(airflowDemandM3PerS({ 5000.0f, 10.0f, 0.3f }), 0.3, 1e-7, "declared airflow wins");
    suite.near(airflowDemandM3PerS({ 1200.0f, 10.0f, 0.0f }), 1200.0 / (1.2 * 1005.0 * 10.0), 1e-6,
        "without a declared airflow: from heat and delta-T");
    return suite.finish();
}
