// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small hand-built load models for the engine tests and the engine benchmark.

#include "rackwerk/engine/loadmodel.h"

#include <vector>

namespace rw::check {

/// Owns the arrays a LoadModel borrows. One phase from hour 0, no chain and no cooling unless added.
struct LoadTestModel {
    std::vector<std::int32_t> phaseOfHour, monthOfHour;
    std::vector<engine::LoadGroup> groups;
    std::vector<engine::LoadPhase> phases;
    std::vector<engine::SlotMember> members;
    std::vector<engine::ChainNode> nodes;
    std::vector<engine::NodeShare> shares;
    std::vector<engine::LossLink> lossLinks;
    std::vector<float> coolingShare;
    std::vector<float> freeShareAir = std::vector<float>(engine::kHoursPerYear, 0.0f);
    std::vector<float> freeShareLiquid = std::vector<float>(engine::kHoursPerYear, 0.0f);
    std::vector<float> copFactor = std::vector<float>(engine::kHoursPerYear, 1.0f);
    engine::LoadModel model;

    explicit LoadTestModel(int hours)
    {
        model.hours = hours;
        model.months = (hours + 729) / 730;
        for (int h = 0; h < hours; ++h) {
            phaseOfHour.push_back(0);
            monthOfHour.push_back(h / 730);
        }
        for (int metric = 0; metric < engine::kLoadMetricCount; ++metric) {
            model.histogramMin[metric] = metric == engine::kPue ? 1.0f : 0.0f;
            model.histogramMax[metric] = metric == engine::kPue ? 3.0f : 1000.0f;
        }
    }

    /// Points the model at the arrays; call after the last change.
    engine::LoadModel &bind()
    {
        model.phaseOfHour = phaseOfHour.data();
        model.monthOfHour = monthOfHour.data();
        model.groupCount = int(groups.size());
        model.groups = groups.data();
        model.phaseCount = int(phases.size());
        model.phases = phases.data();
        model.memberCount = int(members.size());
        model.members = members.data();
        model.nodeCount = int(nodes.size());
        model.nodes = nodes.data();
        model.shareCount = int(shares.size());
        model.shares = shares.data();
        model.lossLinkCount = int(lossLinks.size());
        model.lossLinks = lossLinks.data();
        coolingShare.resize(nodes.size() * engine::kCoolingComponentCount, 0.0f);
        model.coolingShare = coolingShare.data();
        model.freeShareAir = freeShareAir.data();
        model.freeShareLiquid = freeShareLiquid.data();
        model.chillerCopFactor = copFactor.data();
        return model;
    }
};

/// A hall like the demo: `groups` groups of racks on `groups` pairs of busways under UPS pairs, training jobs
/// of 16 racks across groups, and a cooling plant. Used by the CPU-vs-CUDA test and the engine benchmark.
inline LoadTestModel hallModel(int hours, int groupCount, float racksPerGroup)
{
    LoadTestModel t(hours);
    const float idleKw = 4 * 1.4f, maxKw = 4 * 14.3f;
    for (int g = 0; g < groupCount; ++g)
        t.groups.push_back({ racksPerGroup, idleKw, maxKw, 0.3f, g % 4 == 0 ? 0.7f : 0.0f });
    engine::LoadPhase phase { 1.0f, 0.65f, 0.3f, 0, 0 };
    // Training racks in rack order, cut into jobs of 16 racks.
    const float perJob = 16.0f;
    int slot = 0;
    float filled = 0.0f;
    for (int g = 0; g < groupCount; ++g) {
        float left = racksPerGroup * phase.trainingShare;
        while (left > 1e-6f) {
            const float take = left < perJob - filled ? left : perJob - filled;
            t.members.push_back({ slot, g, take });
            left -= take;
            filled += take;
            if (filled >= perJob - 1e-6f) {
                ++slot;
                filled = 0.0f;
            }
        }
    }
    t.model.jobSlots = filled > 0.0f ? slot + 1 : slot;
    phase.memberCount = int(t.members.size());
    t.phases.push_back(phase);
    // Chain: per group busway A and B (children first), then one UPS per two groups and side, then two feeds.
    const int upsCount = (groupCount + 1) / 2;
    const int busways = 2 * groupCount;
    const int feedA = busways + 2 * upsCount, feedB = feedA + 1;
    for (int g = 0; g < groupCount; ++g) {
        for (int side = 0; side < 2; ++side) {
            const int node = 2 * g + side;
            t.nodes.push_back({ 1100.0f, { 0.995f, 0.995f, 0.995f, 0.995f }, int(t.lossLinks.size()), 1 });
            t.lossLinks.push_back({ busways + 2 * (g / 2) + side, 1.0f });
            t.shares.push_back({ node, g, 0.5f });
        }
    }
    for (int u = 0; u < upsCount; ++u) {
        for (int side = 0; side < 2; ++side) {
            t.nodes.push_back({ 2500.0f, { 0.955f, 0.970f, 0.975f, 0.972f }, int(t.lossLinks.size()), 1 });
            t.lossLinks.push_back({ side == 0 ? feedA : feedB, 1.0f });
        }
    }
    t.nodes.push_back({ 25000.0f, { 1, 1, 1, 1 }, int(t.lossLinks.size()), 0 });
    t.nodes.push_back({ 25000.0f, { 1, 1, 1, 1 }, int(t.lossLinks.size()), 0 });
    t.coolingShare.assign(t.nodes.size() * engine::kCoolingComponentCount, 0.0f);
    for (int c = 0; c < engine::kCoolingComponentCount; ++c) {
        t.coolingShare[std::size_t(feedA) * engine::kCoolingComponentCount + c] = 0.5f;
        t.coolingShare[std::size_t(feedB) * engine::kCoolingComponentCount + c] = 0.5f;
    }
    const float itMaxKw = groupCount * racksPerGroup * (maxKw + 0.3f);
    t.model.cooling = { itMaxKw, 0.02f * itMaxKw, 0.3f * itMaxKw, 0.01f * itMaxKw, 0.3f, itMaxKw, 0.01f * itMaxKw,
        0.4f * itMaxKw, 5.5f };
    for (int h = 0; h < engine::kHoursPerYear; ++h) {
        const float season = float(h) / engine::kHoursPerYear;  // colder at the start of the year
        t.freeShareAir[std::size_t(h)] = season < 0.4f ? 1.0f : (season < 0.8f ? 0.5f : 1.0f);
        t.freeShareLiquid[std::size_t(h)] = 1.0f;
        t.copFactor[std::size_t(h)] = 1.0f + 0.3f * (1.0f - season);
    }
    for (int hourOfDay = 0; hourOfDay < 24; ++hourOfDay)
        t.model.dailyShape[hourOfDay] = float(hourOfDay >= 8 && hourOfDay < 20 ? 1 : -1);
    t.model.heatReuseShare = 0.1f;
    t.model.histogramMax[engine::kItPower] = itMaxKw;
    t.model.histogramMax[engine::kFacilityPower] = 1.5f * itMaxKw;
    t.model.histogramMax[engine::kCoolingPower] = 0.3f * itMaxKw;
    t.bind();
    return t;
}

}  // namespace rw::check
