// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contingency.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <vector>

namespace rw {

/// Why a rack takes no more devices of the type searched for.
enum class CapacityLimit {
    Space,
    RackPower,
    FrameWeight,
    FloorLoad,
    PowerChain,
    AirCooling,
    LiquidCooling,
    NoLiquidCooling,
    CoolantLoop,  ///< its CDU, or its facility water's heat rejection without the largest stage, is full
    CoolantFlow,  ///< the rack's coolant flow with one pump fewer carries no more heat within its return limit
    NoPowerFeed,
    Requested
};

struct CapacityPlacement {
    Id rackId = kNoId;
    std::vector<int> positionsU;  ///< lowest U of each device placed
};

struct CapacityResult {
    QString typeKey;
    int fits = 0;
    std::vector<CapacityPlacement> placements;  ///< racks that take at least one, in rack id order
    std::map<CapacityLimit, int> racksStoppedBy;  ///< for every rack: what stopped it
    CapacityLimit mainLimit = CapacityLimit::Space;  ///< what stops most racks
    QString error;  ///< translated; set when the search could not run (unknown type)
    bool cancelled = false;  ///< stopped through AnalysisProgress::cancel: nothing else in it holds
};

/// "How many more of this device fit, and where": fills racks in id order, lowest free U first, while
/// every budget holds: free contiguous U, the rack's power budget and frame rating, the floor ratings
/// (distributed and per foot), the headroom of every power node upstream of the rack's feeds after the worst
/// single failure (a device may have to run from either feed), and the hall's air and liquid cooling with its
/// redundancy. Where the plan has coolant loops, a device with heat to liquid fits only in a rack on a CDU loop
/// whose CDU, facility heat rejection (without its largest stage) and the rack's flow with one pump fewer
/// (LoopHeadroom) take its heat. Conservative: chain headroom is taken by the device's full power on both feeds, plus
/// the losses of the nodes in between at the lowest point of their efficiency curves.
class CapacitySearch {
    Q_DECLARE_TR_FUNCTIONS(rw::CapacitySearch)
public:
    /// `progress` (optional) counts the failure analysis's contingencies and can stop the search (a thread's caller).
    static CapacityResult run(
        const Plan &plan, const QString &typeKey, int maxCount = 1000000, AnalysisProgress *progress = nullptr);
    static QString limitName(CapacityLimit limit);  ///< translated
    static QString limitKey(CapacityLimit limit);  ///< untranslated, for files, e.g. "rack-power"
};

}  // namespace rw
