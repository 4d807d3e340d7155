// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/latertext.h"
#include "plan/plan.h"
#include "weatheryear.h"

#include <rackwerk/engine/loadmodel.h>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace rw {

/// What to project: which scenario, how long, which weather, which workload behaviour.
struct LoadModelRequest {
    Id scenarioId = kNoId;  ///< kNoId: the plan's first scenario
    int years = 0;  ///< 0: the scenario's horizon (at most kMaxYears)
    WeatherYear weather = WeatherYear::munichTypical();
    engine::WorkloadParameters workload;
    static constexpr int kMaxYears = 10;
};

/// The engine's input for a plan, with the arrays it borrows and the way back to the plan's entities.
struct BuiltLoadModel {
    std::vector<std::int32_t> phaseOfHour;
    std::vector<std::int32_t> monthOfHour;
    std::vector<engine::LoadGroup> groups;
    std::vector<engine::LoadPhase> phases;
    std::vector<engine::SlotMember> members;
    std::vector<engine::ChainNode> nodes;
    std::vector<engine::NodeShare> shares;
    std::vector<engine::LossLink> lossLinks;
    std::vector<float> coolingShare;
    std::vector<float> freeShareAir;
    std::vector<float> freeShareLiquid;
    std::vector<float> chillerCopFactor;
    std::vector<float> loopPlantTable;  ///< engine::LoopPlant's table
    engine::LoadModel model;

    std::vector<Id> nodeIds;  ///< engine node index -> power node
    std::vector<std::vector<Id>> groupRacks;  ///< engine group index -> its racks
    Id scenarioId = kNoId;
    QString scenarioName;
    QDate startDate;
    int years = 0;
    int racks = 0;  ///< racks with devices
    QString weatherSource;
    std::vector<LaterText> notes;  ///< assumptions the user should know about, translated when shown
    bool loopPlant = false;  ///< the coolant loops' energy comes from their weather year (model.loops)
    bool loopReuse = false;  ///< ... and they have heat-reuse stages
    bool loopWater = false;  ///< ... and cooling towers

    /// Points model at the arrays (again after a move or copy).
    void bind();
};

/// Turns a plan, a scenario and a weather year into the engine's model. Racks with the same devices on the
/// same feeds become one group; training racks are cut into job slots in rack order; each group's share of
/// every power node comes from the power-flow routing of the analysis (normal operation, nothing failed).
class LoadModelBuilder {
    Q_DECLARE_TR_FUNCTIONS(rw::LoadModelBuilder)
public:
    static bool build(const Plan &plan, const LoadModelRequest &request, BuiltLoadModel *out, QString *error);
};

}  // namespace rw
