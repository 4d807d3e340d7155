// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powerflow.h"
#include "rackloads.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <vector>

namespace rw {

/// A node whose load exceeds its rating in some operating state.
struct NodeOverload {
    Id nodeId = kNoId;
    double loadKw = 0.0;
    double ratingKw = 0.0;
};

/// One operating state of the power chain: normal operation, or with some nodes failed.
struct PowerState {
    std::vector<Id> failedNodes;  ///< empty for normal operation
    LoadPicture loads;
    FlowResult flow;
    std::vector<NodeOverload> overloads;
    std::vector<Id> racksLost;  ///< no device has power
    std::vector<Id> racksLimited;  ///< some devices run on too few PSUs
    double unservedKw = 0.0;  ///< rack demand that cannot be served
    /// Whether every rack gets its full demand and no node is over its rating.
    bool servesAll() const { return overloads.empty() && racksLost.empty() && racksLimited.empty(); }
};

/// Per node: its budget in normal operation and in the worst single failure.
struct NodeBudget {
    Id nodeId = kNoId;
    double ratingKw = 0.0;  ///< 0 = not rated
    double connectedKw = 0.0;  ///< sum of the maximum power of every device it can feed
    double designKw = 0.0;  ///< output in normal operation, devices at maximum power
    double expectedKw = 0.0;  ///< output in normal operation, devices at typical power
    double worstKw = 0.0;  ///< highest output over normal operation and every contingency analysed
    Id worstFailure = kNoId;  ///< the failed node that causes worstKw; 0 = normal operation
    double headroomKw() const { return ratingKw > 0 ? ratingKw - worstKw : 0.0; }
};

/// EN 50600 availability class of the power supply that the analysis supports, with the reason.
struct AvailabilityAssessment {
    int supportedClass = 1;  ///< 1..4; 0 = not assessable: no rack draws power, or racks have no feed
    QString reason;  ///< translated
};

/// Shared with a thread that runs a long analysis: how far it got, and a request to stop early.
struct AnalysisProgress {
    std::atomic<int> done { 0 };  ///< contingencies solved
    std::atomic<int> total { 0 };
    std::atomic<bool> cancel { false };
    bool cancelled() const { return cancel.load(std::memory_order_relaxed); }
};

struct PowerAnalysisOptions {
    LoadLevel level = LoadLevel::Design;
    bool pairs = false;  ///< also every pair of failures (N-2); quadratic in the number of nodes
    /// Optional. Once cancel is set the remaining contingencies are left unsolved: the result is incomplete and
    /// only good for throwing away.
    AnalysisProgress *progress = nullptr;
};

/// The whole power-chain analysis: normal operation at design and expected load, every single failure
/// (and pairs on request), budgets per node and the availability class the design supports.
struct PowerAnalysis {
    PowerState normal;  ///< at the options' load level
    PowerState expected;  ///< normal operation at typical load
    std::vector<PowerState> contingencies;
    std::vector<NodeBudget> budgets;  ///< in network order
    AvailabilityAssessment availability;
    /// Index into contingencies of the worst one (most unserved power, then highest utilisation); -1 if none.
    int worstIndex = -1;
};

class PowerAnalyzer {
    Q_DECLARE_TR_FUNCTIONS(rw::PowerAnalyzer)
public:
    static PowerAnalysis analyze(const Plan &plan, const PowerAnalysisOptions &options = {});
    /// One operating state with the given nodes failed, solved over the whole chain. A `memo` shared by the
    /// states of one analysis copies parts solved before with the same inputs (PartFlowMemo): the same figures.
    static PowerState state(const Plan &plan, const PowerNetwork &network, const std::vector<Id> &failed,
        LoadLevel level, PartFlowMemo *memo = nullptr);
    /// The same state, solved only over the parts of the chain that the failures hit (PowerNetwork::partOf),
    /// the rest taken from `normal` (state() of no failure at the attacher's level): equal to state() figure
    /// for figure, and on a campus of independent halls about as many times cheaper as there are halls.
    static PowerState stateFrom(const PowerNetwork &network, const LoadAttacher &loads, const PowerState &normal,
        const std::vector<Id> &failed, PartFlowMemo *memo = nullptr);
};

}  // namespace rw
