// SPDX-License-Identifier: GPL-3.0-or-later
// Rackwerk against an OpenFOAM reference, rack by rack: runs the CPU engine on a thermal case at a cell
// size and prints each rack's inlet (Rackwerk, reference, signed difference), then MAE and largest
// difference, the iterations and the energy balance. A figure printer for docs/thermal-design.md and
// issue 22, not a test (tst_thermalreference asserts).
//   bench_thermal_reference CASE.json REFERENCE.json [CELL_M=0.2] [THREADS=0] [INLET_TOLERANCE_K=0.01] [FIELDS_OUT]
// A smaller inlet tolerance (0: never met) checks that the default steady state is really settled: the run
// then goes on to the window mean of its last 500 steps after at least 1,000. FIELDS_OUT writes the last
// step's cell-centre fields for a look at the flow (e.g. Python's array module): int32 nx, ny,
// nz, float32 cell size, then float32 T, u, v, w and the effective viscosity nu (air + turbulent, m2/s),
// each x fastest, solid cells T = NaN.
#include "analysis/thermalcasejson.h"

#include <rackwerk/engine/thermalsolver.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

bool writeFields(const rw::engine::ThermalFields &fields, const char *path)
{
    std::FILE *out = std::fopen(path, "wb");
    if (!out)
        return false;
    const std::int32_t n[3] = { fields.grid.nx, fields.grid.ny, fields.grid.nz };
    const std::size_t cells = fields.grid.cellCount();
    bool ok = std::fwrite(n, sizeof n, 1, out) == 1 && std::fwrite(&fields.grid.cellM, sizeof(float), 1, out) == 1
        && std::fwrite(fields.temperatureC.data(), sizeof(float), cells, out) == cells;
    for (const std::vector<float> &component : fields.velocityMPerS)
        ok = ok && std::fwrite(component.data(), sizeof(float), cells, out) == cells;
    ok = ok && std::fwrite(fields.viscosityM2PerS.data(), sizeof(float), cells, out) == cells;
    return std::fclose(out) == 0 && ok;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr,
            "usage: %s CASE.json REFERENCE.json [CELL_M=0.2] [THREADS=0] [INLET_TOLERANCE_K=0.01] [FIELDS_OUT]\n",
            argv[0]);
        return 2;
    }
    QFile caseFile(QString::fromLocal8Bit(argv[1]));
    QFile referenceFile(QString::fromLocal8Bit(argv[2]));
    if (!caseFile.open(QIODevice::ReadOnly) || !referenceFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s or %s\n", argv[1], argv[2]);
        return 1;
    }
    rw::engine::ThermalCase thermalCase;
    QString error;
    if (!rw::ThermalCaseJson::fromBytes(caseFile.readAll(), &thermalCase, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject reference = QJsonDocument::fromJson(referenceFile.readAll()).object();
    rw::engine::ThermalSettings settings;
    settings.cellM = argc > 3 ? float(std::atof(argv[3])) : 0.2f;
    settings.threads = argc > 4 ? std::atoi(argv[4]) : 0;
    if (argc > 5)
        settings.inletToleranceK = float(std::atof(argv[5]));
    settings.keepFields = argc > 6;
    const rw::engine::ThermalResult r = rw::engine::solveThermal(thermalCase, settings);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.message.c_str());
        return 1;
    }
    if (argc > 6 && !writeFields(r.fields, argv[6])) {
        std::fprintf(stderr, "cannot write %s\n", argv[6]);
        return 1;
    }
    double sum = 0, worst = 0;
    int count = 0;
    std::printf("%-6s %8s %8s %7s\n", "rack", "rackwerk", "openfoam", "diff");
    for (const QJsonValue &v : reference.value(QStringLiteral("racks")).toArray()) {
        const QJsonObject rack = v.toObject();
        const long long id = rack.value(QStringLiteral("id")).toInteger();
        const auto it = std::find_if(r.racks.begin(), r.racks.end(), [id](const auto &x) { return x.id == id; });
        if (it == r.racks.end()) {
            std::fprintf(stderr, "rack %lld of the reference is missing\n", id);
            return 1;
        }
        const double ref = rack.value(QStringLiteral("inletMeanC")).toDouble();
        const double diff = it->inletMeanC - ref;
        std::printf("%-6s %8.2f %8.2f %+7.2f\n", it->name.c_str(), double(it->inletMeanC), ref, diff);
        sum += std::fabs(diff);
        worst = std::max(worst, std::fabs(diff));
        ++count;
    }
    std::printf("MAE %.2f K, max %.2f K over %d racks at %.2f m; %d iterations, %s, window %d, swing %.2f K, "
                "energy balance %.2f %%\n",
        count ? sum / count : 0.0, worst, count, double(r.grid.cellM), r.iterations,
        r.converged ? "converged" : "NOT converged", r.averagedIterations, double(r.inletSwingK),
        100.0 * r.energyBalanceError());
    return 0;
}
