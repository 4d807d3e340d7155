// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rw {

/// What a catalogue entry is for; drives icons, counts and default cooling.
enum class DeviceCategory { Compute, Network, Storage, Management, Power, Other };

/// How the device's heat leaves it.
enum class Airflow { FrontToRear, RearToFront, Passive, LiquidOnly };

/// What a device's power input takes: AC (the 415/480 V chain and in-rack AC/DC shelves), 800 V DC (a DC/DC
/// stage in the rack, fed from an 800 V DC busway), or either.
enum class PowerInput { Ac, Dc800, AcOrDc800 };

/// One entry of the device catalogue: a kind of equipment mounted in racks.
/// Every figure carries its source so reviewers can check it.
struct DeviceType {
    QString key;  ///< stable identifier, e.g. "nvidia-dgx-b200"
    QString manufacturer;
    QString model;
    DeviceCategory category = DeviceCategory::Other;
    int heightU = 1;
    double depthMm = 0.0;
    double widthMm = 482.6;
    double weightKg = 0.0;
    double idlePowerW = 0.0;
    double typicalPowerW = 0.0;
    double maxPowerW = 0.0;
    double liquidHeatShare = 0.0;  ///< 0..1: share of heat taken by liquid cooling
    Airflow airflow = Airflow::FrontToRear;
    double airflowM3PerH = 0.0;  ///< 0 = derive from maxPowerW and designDeltaTK
    double designDeltaTK = 15.0;  ///< air temperature rise at max power
    int gpuCount = 0;
    QString gpuModel;
    int psuCount = 0;
    int psuRequired = 0;  ///< PSUs needed to carry max power (e.g. 5 of 6)
    double psuRatingW = 0.0;
    bool fullDepth = true;
    PowerInput powerInput = PowerInput::Ac;  ///< what older plans and catalogues assume
    QString source;  ///< where the figures come from (URL, document, or "user")
    QString notes;

    bool operator==(const DeviceType &) const = default;
};

}  // namespace rw
