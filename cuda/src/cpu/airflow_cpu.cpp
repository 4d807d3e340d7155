#include "rackwerk/engine/airflow.h"

namespace rw::engine {

void computeAirflowDemandCpu(const AirHeatSource *sources, std::size_t count, float *out)
{
    for (std::size_t i = 0; i < count; ++i)
        out[i] = airflowDemandM3PerS(sources[i]);
}

bool computeAirflowDemand(const AirHeatSource *sources, std::size_t count, float *out, bool useCuda)
{
    if (useCuda)
        return computeAirflowDemandCuda(sources, count, out);
    computeAirflowDemandCpu(sources, count, out);
    return true;
}

}  // namespace rw::engine
