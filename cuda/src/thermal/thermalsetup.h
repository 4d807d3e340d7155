// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case rasterised onto the grid: which cells are air, what each face is, where racks and coolers
// take air out and blow it back. Built on the host, then handed to an engine.

#include "rackwerk/engine/thermalsolver.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rw::engine::thermal {

/// One grid face of a rack or cooler face: the air cell it serves and its flow per cell volume.
struct BoundaryCell {
    long long cell = 0;
    float ratePerS = 0.0f;  ///< flow / cell volume, 1/s
    int component = 0;  ///< which face array holds it
    long long face = 0;
    float velocityMPerS = 0.0f;  ///< signed, along +component
};

/// All grid faces of one rack intake, rack exhaust, cooler return or cooler supply.
struct BoundaryGroup {
    std::vector<BoundaryCell> cells;
    float flowM3PerS = 0.0f;
};

struct ThermalSetup {
    ThermalGrid grid;
    std::vector<std::uint8_t> solid;
    std::vector<std::uint8_t> kind[3];
    std::vector<float> velocity[3];  ///< zero except on fixed faces
    std::vector<float> wallDistM;
    std::size_t fluidCells = 0;
    float maxFaceSpeedMPerS = 0.0f;
    std::vector<BoundaryGroup> rackIntake, rackExhaust;  ///< per rack in case order
    std::vector<std::vector<BoundaryGroup>> coolerReturn, coolerSupply;  ///< per cooler, per face
    /// Cells that receive inflow (rack exhausts, cooler supplies), each once.
    std::vector<long long> inflowCells;
    /// Cells whose temperature the boundary needs (rack intakes, cooler returns), each once.
    std::vector<long long> sampledCells;
};

/// Builds the grid; returns an error text (English) or empty.
std::string buildThermalSetup(const ThermalCase &thermalCase, float cellM, ThermalSetup *setup);

/// Stops the given coolers: their faces close and carry no flow. Returns the face changes.
void failCoolers(const ThermalCase &thermalCase, const std::vector<long long> &ids, ThermalSetup *setup);

/// Checks that every connected air region gets as much air as it loses; error text or empty.
std::string checkRegionBalance(const ThermalSetup &setup);

/// Cell count and the engine's field memory for a grid.
std::size_t fieldBytes(const ThermalGrid &grid);

}  // namespace rw::engine::thermal
