#include "loadmodelbuilder.h"

#include "analysis/powerflow.h"
#include "analysis/powernetwork.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace rw {
namespace {

constexpr double kFreeApproachWaterK = 3.0;  // river or ground water heat exchanger (domain-facts: 3-5 K)
constexpr double kFreeApproachAirK = 5.0;  // dry cooler, air to water
constexpr double kDefaultLoopDeltaK = 10.0;
constexpr double kCondenserAboveOutdoorK = 10.0;  // air-cooled chiller condensing temperature
constexpr double kEvaporatorBelowSupplyK = 3.0;
constexpr double kRiverBaseC = 4.5;  // river temperature = base + slope x 30-day mean air temperature
constexpr double kRiverSlope = 0.6;
constexpr double kRiverMinC = 3.0;

struct RackProfile {
    double computeIdleKw = 0.0;
    double computeMaxKw = 0.0;
    double fixedKw = 0.0;
    double liquidHeatKw = 0.0;  // at max power
    double heatKw = 0.0;
    double shareA = 0.5;  // of the rack's load on feed A (the rest on B)
    QString signature;  // device types and counts
    QString family;  // compute device types: racks of one family can share a training job
};

RackProfile profileOf(const Plan &plan, const Rack &rack, bool hasA, bool hasB)
{
    RackProfile p;
    std::map<QString, int> counts;
    std::map<QString, int> compute;
    double onA = 0.0, total = 0.0;
    for (const MountedDevice *device : plan.devicesInRack(rack.id)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (!type)
            continue;
        ++counts[type->key];
        const bool follows = type->category == DeviceCategory::Compute;
        if (follows) {
            ++compute[type->key];
            p.computeIdleKw += type->idlePowerW / 1000.0;
            p.computeMaxKw += type->maxPowerW / 1000.0;
        } else {
            p.fixedKw += (type->typicalPowerW > 0 ? type->typicalPowerW : type->maxPowerW) / 1000.0;
        }
        p.heatKw += type->maxPowerW / 1000.0;
        p.liquidHeatKw += type->maxPowerW / 1000.0 * type->liquidHeatShare;
        // The same split as attachLoads(): PSUs alternate A, B, A, ... when the rack has both feeds.
        const int feeds = int(hasA) + int(hasB);
        const int psus = type->psuCount > 0 ? type->psuCount : std::max(feeds, 1);
        const int psusOnA = hasA ? (hasB ? (psus + 1) / 2 : psus) : 0;
        onA += type->maxPowerW * psusOnA / psus;
        total += type->maxPowerW;
    }
    p.shareA = total > 0 ? onA / total : (hasA ? 1.0 : 0.0);
    for (const auto &[key, count] : counts)
        p.signature += QStringLiteral("%1x%2;").arg(key).arg(count);
    for (const auto &[key, count] : compute)
        p.family += key + QLatin1Char(';');
    return p;
}

bool isFreeCooling(CoolingKind kind)
{
    return kind == CoolingKind::DryCooler || kind == CoolingKind::WaterHeatExchanger;
}

int componentOf(CoolingKind kind)
{
    if (kind == CoolingKind::Cdu)
        return engine::kLiquidPumps;
    if (isFreeCooling(kind))
        return engine::kFreeCooling;
    if (kind == CoolingKind::Chiller)
        return engine::kChillers;
    return engine::kAirFans;  // CRAH, fan wall, in-row, rear door
}

/// Share of a free-cooling unit's capacity usable when it delivers water at deliveredC to a loop that
/// needs supplyC and returns at supplyC + deltaK: it pre-cools the return water as far as it can.
double freeShare(double deliveredC, double supplyC, double deltaK)
{
    return std::clamp((supplyC + deltaK - deliveredC) / deltaK, 0.0, 1.0);
}

/// Children before parents; false on a cycle.
bool childrenFirst(const PowerNetwork &network, std::vector<std::size_t> *order)
{
    const std::size_t n = network.size();
    std::vector<int> pendingChildren(n);
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < n; ++i) {
        pendingChildren[i] = int(network.children(i).size());
        if (pendingChildren[i] == 0)
            ready.push_back(i);
    }
    while (!ready.empty()) {
        const std::size_t i = ready.back();
        ready.pop_back();
        order->push_back(i);
        for (std::size_t parent : network.parents(i)) {
            if (--pendingChildren[parent] == 0)
                ready.push_back(parent);
        }
    }
    return order->size() == n;
}

}  // namespace

void BuiltLoadModel::bind()
{
    engine::LoadModel &m = model;
    m.phaseOfHour = phaseOfHour.data();
    m.monthOfHour = monthOfHour.data();
    m.groupCount = int(groups.size());
    m.groups = groups.data();
    m.phaseCount = int(phases.size());
    m.phases = phases.data();
    m.memberCount = int(members.size());
    m.members = members.data();
    m.nodeCount = int(nodes.size());
    m.nodes = nodes.data();
    m.shareCount = int(shares.size());
    m.shares = shares.data();
    m.lossLinkCount = int(lossLinks.size());
    m.lossLinks = lossLinks.data();
    m.coolingShare = coolingShare.data();
    m.freeShareAir = freeShareAir.data();
    m.freeShareLiquid = freeShareLiquid.data();
    m.chillerCopFactor = chillerCopFactor.data();
}

bool LoadModelBuilder::build(const Plan &plan, const LoadModelRequest &request, BuiltLoadModel *out, QString *error)
{
    BuiltLoadModel b;
    engine::LoadModel &m = b.model;
    m.workload = request.workload;
    if (request.weather.temperatureC().size() != std::size_t(WeatherYear::kHours)) {
        *error = tr("The weather year needs 8,760 hourly temperatures.");
        return false;
    }
    b.weatherSource = request.weather.source();

    // Scenario and phases.
    const Scenario *scenario = nullptr;
    if (request.scenarioId != kNoId) {
        scenario = plan.find<Scenario>(request.scenarioId);
        if (!scenario) {
            *error = tr("The plan has no scenario with id %1.").arg(request.scenarioId);
            return false;
        }
    } else if (!plan.all<Scenario>().empty()) {
        scenario = &plan.all<Scenario>().begin()->second;
    }
    std::vector<Phase> phases;
    if (scenario) {
        for (const auto &[id, phase] : plan.all<Phase>()) {
            if (phase.scenarioId == scenario->id)
                phases.push_back(phase);
        }
        std::stable_sort(
            phases.begin(), phases.end(), [](const Phase &a, const Phase &c) { return a.startMonth < c.startMonth; });
        b.scenarioId = scenario->id;
        b.scenarioName = scenario->name;
        if (phases.empty())
            b.notes.push_back({ "rw::LoadModelBuilder",
                QT_TRANSLATE_NOOP("rw::LoadModelBuilder", "Scenario \"%1\" has no phases: the hall stays empty."),
                { scenario->name } });
    } else {
        Phase whole;
        whole.startMonth = 0;
        phases.push_back(whole);
        b.notes.push_back({ "rw::LoadModelBuilder",
            QT_TRANSLATE_NOOP("rw::LoadModelBuilder",
                "The plan has no deployment scenario: all racks are live from the first hour with %1 % training "
                "and %2 % inference."),
            { QString::number(whole.trainingShare * 100), QString::number(whole.inferenceShare * 100) } });
    }
    for (const Phase &phase : phases) {
        if (phase.trainingShare + phase.inferenceShare > 1.0 + 1e-9) {
            *error = tr("Phase %1: training and inference shares add up to more than 100 %.").arg(phase.name);
            return false;
        }
    }
    b.years = request.years > 0 ? request.years : (scenario ? scenario->horizonYears : 5);
    if (b.years < 1 || b.years > LoadModelRequest::kMaxYears) {
        *error
            = tr("The horizon must be 1 to %1 years; %2 was asked for.").arg(LoadModelRequest::kMaxYears).arg(b.years);
        return false;
    }
    b.startDate = scenario && scenario->startDate.isValid() ? scenario->startDate
        : plan.site().startOfOperation.isValid()            ? plan.site().startOfOperation
                                                            : QDate(2026, 1, 1);

    // Hours: 365-day years from the start date; the weather year is indexed by day of a common year.
    m.hours = b.years * engine::kHoursPerYear;
    const QDate start = b.startDate;
    m.startHourOfYear
        = (QDate(2001, start.month(), std::min(start.day(), 28 + int(start.month() != 2))).dayOfYear() - 1) * 24;
    m.startDayOfWeek = start.dayOfWeek() - 1;
    b.phaseOfHour.resize(std::size_t(m.hours));
    b.monthOfHour.resize(std::size_t(m.hours));
    for (int day = 0; day < m.hours / 24; ++day) {
        const QDate date = start.addDays(day);
        const int month = (date.year() - start.year()) * 12 + date.month() - start.month();
        int phase = -1;
        for (std::size_t p = 0; p < phases.size(); ++p) {
            if (phases[p].startMonth <= month + 1)
                phase = int(p);
        }
        std::fill_n(b.phaseOfHour.begin() + day * 24, 24, phase);
        std::fill_n(b.monthOfHour.begin() + day * 24, 24, month);
        m.months = month + 1;
    }

    // Racks -> groups (same devices, same feeds), in rack id order.
    PowerNetwork network(plan);
    std::map<QString, int> groupByKey;
    std::vector<RackProfile> profiles;
    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        const bool hasA = network.indexOf(rack.feedA) >= 0;
        const bool hasB = network.indexOf(rack.feedB) >= 0 && rack.feedB != rack.feedA;
        const RackProfile p = profileOf(plan, rack, hasA, hasB);
        if (p.signature.isEmpty())
            continue;
        ++b.racks;
        const QString key
            = QStringLiteral("%1|%2|%3").arg(p.signature).arg(hasA ? rack.feedA : 0).arg(hasB ? rack.feedB : 0);
        auto it = groupByKey.find(key);
        if (it == groupByKey.end()) {
            it = groupByKey.emplace(key, int(b.groups.size())).first;
            engine::LoadGroup g;
            g.computeIdleKwPerRack = float(p.computeIdleKw);
            g.computeMaxKwPerRack = float(p.computeMaxKw);
            g.fixedKwPerRack = float(p.fixedKw);
            g.liquidShare = float(p.heatKw > 0 ? p.liquidHeatKw / p.heatKw : 0.0);
            b.groups.push_back(g);
            b.groupRacks.emplace_back();
            profiles.push_back(p);
        }
        b.groups[std::size_t(it->second)].racks += 1.0f;
        b.groupRacks[std::size_t(it->second)].push_back(rackId);
    }
    if (b.groups.empty()) {
        *error = tr("The plan has no racks with devices: there is no load to project.");
        return false;
    }

    // Training job slots: per family, the training racks in rack order cut into jobs of racksPerJob.
    const double perJob = std::max(1.0f, m.workload.racksPerJob);
    std::map<QString, std::vector<int>> familyGroups;
    for (std::size_t g = 0; g < b.groups.size(); ++g) {
        if (!profiles[g].family.isEmpty())
            familyGroups[profiles[g].family].push_back(int(g));
    }
    std::map<QString, int> familyFirstSlot;
    for (const auto &[family, groups] : familyGroups) {
        double racks = 0;
        for (int g : groups)
            racks += b.groups[std::size_t(g)].racks;
        double most = 0;
        for (const Phase &phase : phases)
            most = std::max(most, phase.installedShare * phase.trainingShare);
        familyFirstSlot[family] = m.jobSlots;
        m.jobSlots += int(std::ceil(racks * most / perJob - 1e-9));
    }
    for (const Phase &phase : phases) {
        engine::LoadPhase p;
        p.installedShare = float(phase.installedShare);
        p.trainingShare = float(phase.trainingShare);
        p.inferenceShare = float(phase.inferenceShare);
        p.firstMember = int(b.members.size());
        for (const auto &[family, groups] : familyGroups) {
            int slot = familyFirstSlot[family];
            double filled = 0;
            for (int g : groups) {
                double left = double(b.groups[std::size_t(g)].racks) * p.installedShare * p.trainingShare;
                while (left > 1e-9) {
                    const double take = std::min(left, perJob - filled);
                    b.members.push_back({ slot, g, float(take) });
                    left -= take;
                    filled += take;
                    if (filled >= perJob - 1e-9) {
                        ++slot;
                        filled = 0;
                    }
                }
            }
        }
        p.memberCount = int(b.members.size()) - p.firstMember;
        b.phases.push_back(p);
    }

    // Each group's share of every node, from the routing of the analysis with lossless nodes (losses are
    // added hour by hour at the load of that hour).
    Plan lossless;
    lossless.assign(plan);
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        PowerNode ideal = node;
        ideal.efficiency25 = ideal.efficiency50 = ideal.efficiency75 = ideal.efficiency100 = 1.0;
        lossless.replace(ideal);
    }
    const PowerNetwork ideal(lossless);
    const std::vector<bool> active = ideal.activeSources({});
    std::vector<std::map<int, double>> shareByNode(network.size());
    constexpr double kProbeKw = 1000.0;  // flows are whole watts: route 1 MW for three significant digits more
    bool unroutable = false;
    for (std::size_t g = 0; g < b.groups.size(); ++g) {
        const Rack &rack = *plan.find<Rack>(b.groupRacks[g].front());
        std::vector<double> demand(network.size(), 0.0);
        const long a = network.indexOf(rack.feedA);
        const long bee = network.indexOf(rack.feedB);
        if (a >= 0)
            demand[std::size_t(a)] += kProbeKw * profiles[g].shareA;
        if (bee >= 0 && rack.feedB != rack.feedA)
            demand[std::size_t(bee)] += kProbeKw * (1.0 - profiles[g].shareA);
        if (a < 0 && bee < 0)
            continue;
        const FlowResult flow = routePower(ideal, demand, {}, active);
        unroutable = unroutable || !flow.routable;
        for (std::size_t i = 0; i < network.size(); ++i) {
            if (flow.outputKw[i] > 0)
                shareByNode[i][int(g)] = flow.outputKw[i] / kProbeKw;
        }
    }
    if (unroutable)
        b.notes.push_back({ "rw::LoadModelBuilder",
            QT_TRANSLATE_NOOP("rw::LoadModelBuilder",
                "Some racks' feeds reach no live source: their load is counted, not routed.") });

    // Cooling plant.
    engine::CoolingPlant &c = m.cooling;
    std::vector<std::array<double, engine::kCoolingComponentCount>> coolingOnNode(network.size(), { 0, 0, 0, 0 });
    std::array<double, engine::kCoolingComponentCount> componentTotal { 0, 0, 0, 0 };
    double airSupplyWeighted = 0, liquidSupplyWeighted = 0, chillerCopWeighted = 0, chillerSupplyWeighted = 0;
    struct FreeUnit {
        double capacityKw, supplyC, deltaK;
        bool river;
    };
    std::vector<FreeUnit> freeUnits;
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.standby)
            continue;  // declared redundant: idle in normal operation
        const int component = componentOf(unit.kind);
        switch (component) {
        case engine::kAirFans:
            c.airCapacityKw += float(unit.capacityKw);
            c.airFanKw += float(unit.powerDrawKw);
            airSupplyWeighted += unit.capacityKw * unit.facilityWaterSupplyC;
            break;
        case engine::kLiquidPumps:
            c.liquidCapacityKw += float(unit.capacityKw);
            c.liquidPumpKw += float(unit.powerDrawKw);
            liquidSupplyWeighted += unit.capacityKw * unit.facilityWaterSupplyC;
            break;
        case engine::kFreeCooling:
            c.freeCapacityKw += float(unit.capacityKw);
            c.freeAuxKw += float(unit.powerDrawKw);
            freeUnits.push_back({ unit.capacityKw, unit.supplyTempC,
                unit.returnTempC > unit.supplyTempC ? unit.returnTempC - unit.supplyTempC : kDefaultLoopDeltaK,
                unit.kind == CoolingKind::WaterHeatExchanger });
            break;
        default: {
            c.chillerCapacityKw += float(unit.capacityKw);
            const double cop
                = unit.cop > 0 ? unit.cop : (unit.powerDrawKw > 0 ? unit.capacityKw / unit.powerDrawKw : 0);
            chillerCopWeighted += unit.capacityKw * cop;
            chillerSupplyWeighted += unit.capacityKw * unit.supplyTempC;
        }
        }
        // The chain carries the unit in proportion to its design power within its component.
        const long feed = network.indexOf(unit.feedId);
        if (feed >= 0)
            coolingOnNode[std::size_t(feed)][std::size_t(component)] += unit.powerDrawKw;
        componentTotal[std::size_t(component)] += unit.powerDrawKw;
    }
    if (c.chillerCapacityKw > 0)
        c.chillerDesignCop = float(chillerCopWeighted / c.chillerCapacityKw);
    if (c.freeCapacityKw <= 0 && c.chillerCapacityKw <= 0)
        b.notes.push_back({ "rw::LoadModelBuilder",
            QT_TRANSLATE_NOOP("rw::LoadModelBuilder",
                "The plan has no chillers or free-cooling units: cooling energy counts fans and pumps only.") });
    const double airSupplyC = c.airCapacityKw > 0 ? airSupplyWeighted / c.airCapacityKw : 18.0;
    double liquidSupplyC = airSupplyC;
    if (c.liquidCapacityKw > 0) {
        liquidSupplyC = liquidSupplyWeighted / c.liquidCapacityKw;
    } else {
        bool ok = false;
        const double waterClass = plan.site().facilityWaterClass.mid(1).toDouble(&ok);  // "W32" -> 32 °C
        if (ok)
            liquidSupplyC = waterClass;
    }

    // Weather -> free-cooling shares and chiller COP per hour of the year.
    const std::vector<float> &outdoor = request.weather.temperatureC();
    constexpr int kRiverWindowH = 30 * 24;
    double window = 0;
    for (int h = engine::kHoursPerYear - kRiverWindowH; h < engine::kHoursPerYear; ++h)
        window += outdoor[std::size_t(h)];
    const double evaporatorC
        = (c.chillerCapacityKw > 0 ? chillerSupplyWeighted / c.chillerCapacityKw : 18.0) - kEvaporatorBelowSupplyK;
    const double designLift = std::max(5.0, plan.site().designOutdoorTempC + kCondenserAboveOutdoorK - evaporatorC);
    b.freeShareAir.resize(engine::kHoursPerYear);
    b.freeShareLiquid.resize(engine::kHoursPerYear);
    b.chillerCopFactor.resize(engine::kHoursPerYear);
    for (int h = 0; h < engine::kHoursPerYear; ++h) {
        const double airC = outdoor[std::size_t(h)];
        const double riverC = std::max(kRiverMinC, kRiverBaseC + kRiverSlope * window / kRiverWindowH);
        double air = 0, liquid = 0;
        for (const FreeUnit &u : freeUnits) {
            const double delivered = u.river ? riverC + kFreeApproachWaterK : airC + kFreeApproachAirK;
            air += u.capacityKw * freeShare(delivered, airSupplyC, u.deltaK);
            liquid += u.capacityKw * freeShare(delivered, liquidSupplyC, u.deltaK);
        }
        b.freeShareAir[std::size_t(h)] = float(c.freeCapacityKw > 0 ? air / c.freeCapacityKw : 0.0);
        b.freeShareLiquid[std::size_t(h)] = float(c.freeCapacityKw > 0 ? liquid / c.freeCapacityKw : 0.0);
        const double lift = std::max(5.0, airC + kCondenserAboveOutdoorK - evaporatorC);
        b.chillerCopFactor[std::size_t(h)] = float(std::clamp(designLift / lift, 0.5, 2.0));
        window += airC - outdoor[std::size_t((h - kRiverWindowH + engine::kHoursPerYear) % engine::kHoursPerYear)];
    }
    constexpr double kPi = 3.14159265358979323846;
    for (int hour = 0; hour < 24; ++hour)
        m.dailyShape[hour] = float(std::cos(2.0 * kPi * (hour - 14) / 24.0));
    // Without a declared share the projection reuses no heat; the ERF checks then say "not declared".
    m.heatReuseShare = float(plan.site().plannedHeatReuseShare.value_or(0.0));

    // Nodes, children first, keeping only those that carry load in normal operation.
    std::vector<std::size_t> order;
    if (!childrenFirst(network, &order)) {
        *error = tr("The power chain has a loop; the load projection needs a chain that flows one way.");
        return false;
    }
    std::vector<bool> carries(network.size(), false);
    for (std::size_t i : order) {
        bool loaded = !shareByNode[i].empty();
        for (int component = 0; component < engine::kCoolingComponentCount; ++component)
            loaded = loaded || coolingOnNode[i][std::size_t(component)] > 0;
        for (std::size_t child : network.children(i))
            loaded = loaded || (carries[child] && !network.isStandbySource(i));
        carries[i] = loaded;
    }
    std::vector<int> engineIndex(network.size(), -1);
    for (std::size_t i : order) {
        if (carries[i]) {
            engineIndex[i] = int(b.nodeIds.size());
            b.nodeIds.push_back(network.idAt(i));
        }
    }
    for (std::size_t i : order) {
        if (!carries[i])
            continue;
        engine::ChainNode node;
        node.ratingKw = float(network.ratingKw(i));
        const PowerNode &n = network.node(i);
        node.efficiency[0] = float(n.efficiency25);
        node.efficiency[1] = float(n.efficiency50);
        node.efficiency[2] = float(n.efficiency75);
        node.efficiency[3] = float(n.efficiency100);
        node.firstLossLink = int(b.lossLinks.size());
        // Losses go to the parents that carry the node in normal operation, split by their ratings.
        double ratings = 0;
        int parents = 0;
        for (std::size_t parent : network.parents(i)) {
            if (carries[parent] && !network.isStandbySource(parent)) {
                ratings += network.ratingKw(parent);
                ++parents;
            }
        }
        for (std::size_t parent : network.parents(i)) {
            if (carries[parent] && !network.isStandbySource(parent)) {
                const double fraction = ratings > 0 ? network.ratingKw(parent) / ratings : 1.0 / parents;
                b.lossLinks.push_back({ engineIndex[parent], float(fraction) });
            }
        }
        node.lossLinkCount = int(b.lossLinks.size()) - node.firstLossLink;
        b.nodes.push_back(node);
        for (const auto &[group, share] : shareByNode[i])
            b.shares.push_back({ engineIndex[i], group, float(share) });
        for (int component = 0; component < engine::kCoolingComponentCount; ++component) {
            const double total = componentTotal[std::size_t(component)];
            b.coolingShare.push_back(float(total > 0 ? coolingOnNode[i][std::size_t(component)] / total : 0.0));
        }
    }

    // Histogram ranges: IT up to every device at its maximum; facility with generous room for cooling and losses.
    double itMaxKw = 0;
    for (const engine::LoadGroup &g : b.groups)
        itMaxKw += double(g.racks) * (double(g.computeMaxKwPerRack) + g.fixedKwPerRack);
    const double chillerKw = c.chillerDesignCop > 0 ? itMaxKw / (0.5 * c.chillerDesignCop) : 0.0;
    const double coolingMaxKw = std::max(1.0, c.airFanKw + c.liquidPumpKw + c.freeAuxKw + chillerKw);
    m.histogramMin[engine::kItPower] = 0.0f;
    m.histogramMax[engine::kItPower] = float(std::max(1.0, itMaxKw));
    m.histogramMin[engine::kCoolingPower] = 0.0f;
    m.histogramMax[engine::kCoolingPower] = float(coolingMaxKw);
    m.histogramMin[engine::kFacilityPower] = 0.0f;
    m.histogramMax[engine::kFacilityPower] = float(std::max(1.0, 1.1 * itMaxKw + coolingMaxKw));
    m.histogramMin[engine::kPue] = 1.0f;
    m.histogramMax[engine::kPue] = 2.5f;

    *out = std::move(b);
    out->bind();
    return true;
}

}  // namespace rw
