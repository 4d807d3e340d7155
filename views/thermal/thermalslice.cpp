// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalslice.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace rw {

QColor TemperatureScale::colour(float c) const
{
    struct Stop {
        float at;
        int r, g, b;
    };
    static constexpr std::array<Stop, 5> kStops { { { 0.0f, 49, 54, 149 }, { 0.25f, 69, 160, 220 },
        { 0.5f, 120, 198, 121 }, { 0.75f, 253, 200, 60 }, { 1.0f, 215, 48, 39 } } };
    const float t = maxC > minC ? std::clamp((c - minC) / (maxC - minC), 0.0f, 1.0f) : 0.5f;
    for (std::size_t n = 1; n < kStops.size(); ++n) {
        if (t <= kStops[n].at) {
            const Stop &a = kStops[n - 1], &b = kStops[n];
            const float f = (t - a.at) / (b.at - a.at);
            return QColor(int(std::lround(a.r + f * (b.r - a.r))), int(std::lround(a.g + f * (b.g - a.g))),
                int(std::lround(a.b + f * (b.b - a.b))));
        }
    }
    return QColor(kStops.back().r, kStops.back().g, kStops.back().b);
}

TemperatureScale TemperatureScale::of(const engine::ThermalFields &fields)
{
    float lo = INFINITY, hi = -INFINITY;
    for (float t : fields.temperatureC)
        if (std::isfinite(t)) {
            lo = std::min(lo, t);
            hi = std::max(hi, t);
        }
    if (!std::isfinite(lo))
        return {};
    TemperatureScale scale { std::floor(lo), std::ceil(hi) };
    if (scale.maxC - scale.minC < 2.0f)
        scale.maxC = scale.minC + 2.0f;
    return scale;
}

int ThermalSlice::layerOf(float positionM, float cellM, int count)
{
    if (count <= 0 || !(cellM > 0))
        return 0;
    return std::clamp(int(std::floor(positionM / cellM)), 0, count - 1);
}

QImage ThermalSlice::horizontal(const engine::ThermalFields &f, float heightM, const TemperatureScale &scale)
{
    const engine::ThermalGrid &g = f.grid;
    if (g.cellCount() == 0 || f.temperatureC.size() != g.cellCount())
        return {};
    QImage image(g.nx, g.ny, QImage::Format_ARGB32);
    const int k = layerOf(heightM, g.cellM, g.nz);
    for (int j = 0; j < g.ny; ++j) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(j));
        for (int i = 0; i < g.nx; ++i) {
            const float t = f.temperatureC[g.index(i, j, k)];
            line[i] = std::isfinite(t) ? scale.colour(t).rgb() : qRgba(0, 0, 0, 0);
        }
    }
    return image;
}

QImage ThermalSlice::vertical(const engine::ThermalFields &f, int axis, float positionM, const TemperatureScale &scale)
{
    const engine::ThermalGrid &g = f.grid;
    if (g.cellCount() == 0 || f.temperatureC.size() != g.cellCount())
        return {};
    const int across = axis == 0 ? g.ny : g.nx;
    const int fixed = layerOf(positionM, g.cellM, axis == 0 ? g.nx : g.ny);
    QImage image(across, g.nz, QImage::Format_ARGB32);
    for (int k = 0; k < g.nz; ++k) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(g.nz - 1 - k));
        for (int n = 0; n < across; ++n) {
            const float t = f.temperatureC[axis == 0 ? g.index(fixed, n, k) : g.index(n, fixed, k)];
            line[n] = std::isfinite(t) ? scale.colour(t).rgb() : qRgba(0, 0, 0, 0);
        }
    }
    return image;
}

}  // namespace rw
