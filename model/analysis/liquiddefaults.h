// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

/// Starting figures for new coolant loops and rack attachments, from the plan and the published rules of thumb
/// (shared notes, liquid facts A/B): the dialogs offer them, the user changes what they know better.
class LiquidDefaults {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidDefaults)
public:
    /// Coolant flow per kW of heat to liquid that racks are given: OCP's 1.5 L/min per kW (10 K rise in PG25).
    static constexpr double kFlowLPerMinPerKw = 1.5;

    /// A technology loop for the CDU (kNoId: the plan's first CDU without a loop): named after it, its pump set
    /// (N+1 of two pumps) rated for the CDU's capacity at kFlowLPerMinPerKw, fed by the plan's only facility
    /// water system if there is exactly one.
    static CoolantLoop technologyLoop(const Plan &plan, Id cduId = kNoId);
    /// A facility water system with a free name.
    static CoolantLoop facilityLoop(const Plan &plan);
    /// A heat-rejection stage on the facility loop: the next stage number, the first chiller, dry cooler or water
    /// heat exchanger that is no stage yet, its kind from the unit's kind.
    static LoopRejection stage(const Plan &plan, Id facilityLoopId);
    /// Attachment figures for these racks: the flow they need from the largest heat to liquid among them at
    /// kFlowLPerMinPerKw, the cold plates rated at that flow; the rest the struct's defaults.
    static LoopRack attachment(const Plan &plan, const std::vector<Id> &rackIds);
    /// The CDUs (cooling units of kind CDU) that no technology loop uses yet.
    static std::vector<Id> freeCdus(const Plan &plan);
};

}  // namespace rw
