// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadmodelbuilder.h"

#include "analysis/powerflow.h"
#include "analysis/powernetwork.h"
#include "loopplant.h"
#include "plan/coolingfacts.h"
#include "plan/planfiller.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace rw {
namespace {

// Engineering estimates, not facts from a source (docs/domain-facts.md#model-assumptions).
constexpr double kDefaultLoopDeltaK = 10.0;
constexpr double kCondenserAboveOutdoorK = 10.0;  // air-cooled chiller condensing temperature
constexpr double kEvaporatorBelowSupplyK = 3.0;
constexpr double kRiverBaseC = 4.5;  // river temperature = base + slope x 30-day mean air temperature
constexpr double kRiverSlope = 0.6;
constexpr double kRiverMinC = 3.0;
/// Supply temperature assumed where the plan has no air unit or chiller to take it from.
constexpr double kDefaultSupplyC = 18.0;

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

/// A cooling unit that cools water with outdoor air or river water, as far as the weather lets it.
struct FreeUnit {
    double capacityKw, supplyC, deltaK;
    bool river;
};

/// Builds the engine's model of a plan in phases: scenario and phases, the hour calendar, rack groups,
/// training job slots, each group's share of the power chain, the cooling plant and its hourly factors
/// from the weather, the chain's nodes and the histogram ranges. Each phase that can fail returns
/// false with a translated reason in *error.
class LoadModelAssembly {
public:
    LoadModelAssembly(const Plan &plan, const LoadModelRequest &request, BuiltLoadModel *b, QString *error)
        : mPlan(plan), mRequest(request), mB(*b), mModel(b->model), mError(*error), mNetwork(plan)
    {
    }

    bool assemble()
    {
        mModel.workload = mRequest.workload;
        mB.weatherSource = mRequest.weather.source();
        if (!choosePhases() || !chooseHorizon())
            return false;
        fillHourCalendar();
        addLoopPlant();
        if (!groupRacks())
            return false;
        addJobSlotsAndPhases();
        routeGroupShares();
        addCoolingPlant();
        fillHourlyCoolingFactors();
        setDailyShapeAndHeatReuse();
        if (!addPowerChain())
            return false;
        setHistogramRanges();
        return true;
    }

private:
    bool fail(const QString &error)
    {
        mError = error;
        return false;
    }

    void note(const char *text, QStringList arguments = {})
    {
        mB.notes.push_back({ "rw::LoadModelBuilder", text, std::move(arguments) });
    }

    /// The requested scenario (or the plan's first) and its phases by start month; without a scenario one
    /// phase with the defaults, live from the first hour.
    bool choosePhases()
    {
        if (mRequest.scenarioId != kNoId) {
            mScenario = mPlan.find<Scenario>(mRequest.scenarioId);
            if (!mScenario)
                return fail(LoadModelBuilder::tr("The plan has no scenario with id %1.").arg(mRequest.scenarioId));
        } else if (!mPlan.all<Scenario>().empty()) {
            mScenario = &mPlan.all<Scenario>().begin()->second;
        }
        if (mScenario) {
            for (const auto &[id, phase] : mPlan.all<Phase>()) {
                if (phase.scenarioId == mScenario->id)
                    mPhases.push_back(phase);
            }
            std::stable_sort(mPhases.begin(), mPhases.end(),
                [](const Phase &a, const Phase &c) { return a.startMonth < c.startMonth; });
            mB.scenarioId = mScenario->id;
            mB.scenarioName = mScenario->name;
            if (mPhases.empty())
                note(QT_TRANSLATE_NOOP("rw::LoadModelBuilder", "Scenario \"%1\" has no phases: the hall stays empty."),
                    { mScenario->name });
        } else {
            Phase whole;
            whole.startMonth = 0;
            mPhases.push_back(whole);
            note(QT_TRANSLATE_NOOP("rw::LoadModelBuilder",
                     "The plan has no deployment scenario: all racks are live from the first hour with %1 % training "
                     "and %2 % inference."),
                { QString::number(whole.trainingShare * 100), QString::number(whole.inferenceShare * 100) });
        }
        for (const Phase &phase : mPhases) {
            if (phase.trainingShare + phase.inferenceShare > 1.0 + 1e-9)
                return fail(LoadModelBuilder::tr("Phase %1: training and inference shares add up to more than 100 %.")
                                .arg(phase.name));
        }
        return true;
    }

    bool chooseHorizon()
    {
        mB.years = mRequest.years > 0 ? mRequest.years : (mScenario ? mScenario->horizonYears : 5);
        if (mB.years < 1 || mB.years > LoadModelRequest::kMaxYears)
            return fail(LoadModelBuilder::tr("The horizon must be 1 to %1 years; %2 was asked for.")
                            .arg(LoadModelRequest::kMaxYears)
                            .arg(mB.years));
        mB.startDate = mScenario && mScenario->startDate.isValid() ? mScenario->startDate
            : mPlan.site().startOfOperation.isValid()              ? mPlan.site().startOfOperation
                                                                   : QDate(2026, 1, 1);
        return true;
    }

    /// Hours: 365-day years from the start date; the weather year is indexed by day of a common year.
    void fillHourCalendar()
    {
        engine::LoadModel &m = mModel;
        m.hours = mB.years * engine::kHoursPerYear;
        const QDate start = mB.startDate;
        m.startHourOfYear
            = (QDate(2001, start.month(), std::min(start.day(), 28 + int(start.month() != 2))).dayOfYear() - 1) * 24;
        m.startDayOfWeek = start.dayOfWeek() - 1;
        mB.phaseOfHour.resize(std::size_t(m.hours));
        mB.monthOfHour.resize(std::size_t(m.hours));
        for (int day = 0; day < m.hours / 24; ++day) {
            const QDate date = start.addDays(day);
            const int month = (date.year() - start.year()) * 12 + date.month() - start.month();
            int phase = -1;
            for (std::size_t p = 0; p < mPhases.size(); ++p) {
                if (mPhases[p].startMonth <= month + 1)
                    phase = int(p);
            }
            std::fill_n(mB.phaseOfHour.begin() + day * 24, 24, phase);
            std::fill_n(mB.monthOfHour.begin() + day * 24, 24, month);
            m.months = month + 1;
        }
    }

    /// The coolant loops' plant from their weather year (LoopPlant); where the loops cannot run, a note, and their
    /// units stay in the plant model as in a plan without loops.
    void addLoopPlant()
    {
        QString whyNot;
        BuiltLoopPlant loops = LoopPlantBuilder::build(mPlan, mRequest.weather, &whyNot);
        if (!whyNot.isEmpty())
            note(QT_TRANSLATE_NOOP("rw::LoadModelBuilder",
                     "The coolant loops are not projected through the weather year (%1): their CDUs and heat "
                     "rejection count in the plant model like air-side units."),
                { whyNot });
        if (!loops.used)
            return;
        mLoops = std::move(loops);
        mB.loopPlantTable = std::move(mLoops.table);
        mModel.loops = mLoops.plant;
        mB.loopPlant = true;
        mB.loopReuse = mLoops.reuseStages;
        mB.loopWater = mLoops.towers;
        note(QT_TRANSLATE_NOOP("rw::LoadModelBuilder",
                 "Coolant loops: their pumps (%1 kW, constant speed) and heat rejection come from their weather year "
                 "solved at 0, 25, 50, 75 and 100 % of their design heat (%2 kW), interpolated at each hour's heat."),
            { QLocale().toString(double(mLoops.plant.pumpKw), 'f', 1),
                QLocale().toString(double(mLoops.plant.designHeatKw), 'f', 0) });
    }

    /// Racks -> groups (same devices, same feeds, on a coolant loop or not), in rack id order.
    bool groupRacks()
    {
        std::map<QString, int> groupByKey;
        for (const auto &[rackId, rack] : mPlan.all<Rack>()) {
            const bool hasA = mNetwork.indexOf(rack.feedA) >= 0;
            const bool hasB = mNetwork.indexOf(rack.feedB) >= 0 && rack.feedB != rack.feedA;
            const RackProfile p = profileOf(mPlan, rack, hasA, hasB);
            if (p.signature.isEmpty())
                continue;
            ++mB.racks;
            const bool onLoop = mLoops.rackIds.count(rackId) > 0;
            QString key
                = QStringLiteral("%1|%2|%3").arg(p.signature).arg(hasA ? rack.feedA : 0).arg(hasB ? rack.feedB : 0);
            if (onLoop)
                key += QStringLiteral("|loop");
            auto it = groupByKey.find(key);
            if (it == groupByKey.end()) {
                it = groupByKey.emplace(key, int(mB.groups.size())).first;
                engine::LoadGroup g;
                g.computeIdleKwPerRack = float(p.computeIdleKw);
                g.computeMaxKwPerRack = float(p.computeMaxKw);
                g.fixedKwPerRack = float(p.fixedKw);
                g.liquidShare = float(p.heatKw > 0 ? p.liquidHeatKw / p.heatKw : 0.0);
                g.loopShare = onLoop ? g.liquidShare : 0.0f;
                mB.groups.push_back(g);
                mB.groupRacks.emplace_back();
                mProfiles.push_back(p);
            }
            mB.groups[std::size_t(it->second)].racks += 1.0f;
            mB.groupRacks[std::size_t(it->second)].push_back(rackId);
        }
        if (mB.groups.empty())
            return fail(LoadModelBuilder::tr("The plan has no racks with devices: there is no load to project."));
        return true;
    }

    /// Training job slots: per family, the training racks in rack order cut into jobs of racksPerJob;
    /// each phase lists which groups fill which slot.
    void addJobSlotsAndPhases()
    {
        const double perJob = std::max(1.0f, mModel.workload.racksPerJob);
        std::map<QString, std::vector<int>> familyGroups;
        for (std::size_t g = 0; g < mB.groups.size(); ++g) {
            if (!mProfiles[g].family.isEmpty())
                familyGroups[mProfiles[g].family].push_back(int(g));
        }
        std::map<QString, int> familyFirstSlot;
        for (const auto &[family, groups] : familyGroups) {
            double racks = 0;
            for (int g : groups)
                racks += mB.groups[std::size_t(g)].racks;
            // The shares as the engine's phases hold them (float), as addSlotMembers fills the slots: from the doubles
            // a product a rounding below the float one left a sliver of racks past the last slot (the gigafactory).
            double most = 0;
            for (const Phase &phase : mPhases)
                most = std::max(most, double(float(phase.installedShare)) * double(float(phase.trainingShare)));
            familyFirstSlot[family] = mModel.jobSlots;
            mModel.jobSlots += int(std::ceil(racks * most / perJob - 1e-9));
        }
        for (const Phase &phase : mPhases) {
            engine::LoadPhase p;
            p.installedShare = float(phase.installedShare);
            p.trainingShare = float(phase.trainingShare);
            p.inferenceShare = float(phase.inferenceShare);
            p.firstMember = int(mB.members.size());
            for (const auto &[family, groups] : familyGroups)
                addSlotMembers(p, groups, familyFirstSlot[family], perJob);
            p.memberCount = int(mB.members.size()) - p.firstMember;
            mB.phases.push_back(p);
        }
    }

    /// The phase's training racks of one family's groups, filled into job slots from firstSlot on.
    void addSlotMembers(const engine::LoadPhase &p, const std::vector<int> &groups, int firstSlot, double perJob)
    {
        int slot = firstSlot;
        double filled = 0;
        for (int g : groups) {
            double left = double(mB.groups[std::size_t(g)].racks) * p.installedShare * p.trainingShare;
            while (left > 1e-9) {
                const double take = std::min(left, perJob - filled);
                mB.members.push_back({ slot, g, float(take) });
                left -= take;
                filled += take;
                if (filled >= perJob - 1e-9) {
                    ++slot;
                    filled = 0;
                }
            }
        }
    }

    /// Each group's share of every node, from the routing of the analysis with lossless nodes (losses are
    /// added hour by hour at the load of that hour).
    void routeGroupShares()
    {
        Plan lossless;
        lossless.assign(mPlan);
        for (const auto &[id, node] : mPlan.all<PowerNode>()) {
            PowerNode ideal = node;
            ideal.efficiency25 = ideal.efficiency50 = ideal.efficiency75 = ideal.efficiency100 = 1.0;
            PlanFiller(lossless).replace(ideal);
        }
        const PowerNetwork ideal(lossless);
        const std::vector<bool> active = ideal.activeSources({});
        mShareByNode.assign(mNetwork.size(), {});
        constexpr double kProbeKw = 1000.0;  // flows are whole watts: route 1 MW for three significant digits more
        bool unroutable = false;
        for (std::size_t g = 0; g < mB.groups.size(); ++g) {
            const Rack &rack = *mPlan.find<Rack>(mB.groupRacks[g].front());
            std::vector<double> demand(mNetwork.size(), 0.0);
            const long a = mNetwork.indexOf(rack.feedA);
            const long bee = mNetwork.indexOf(rack.feedB);
            if (a >= 0)
                demand[std::size_t(a)] += kProbeKw * mProfiles[g].shareA;
            if (bee >= 0 && rack.feedB != rack.feedA)
                demand[std::size_t(bee)] += kProbeKw * (1.0 - mProfiles[g].shareA);
            if (a < 0 && bee < 0)
                continue;
            const FlowResult flow = routePower(ideal, demand, {}, active);
            unroutable = unroutable || !flow.routable;
            for (std::size_t i = 0; i < mNetwork.size(); ++i) {
                if (flow.outputKw[i] > 0)
                    mShareByNode[i][int(g)] = flow.outputKw[i] / kProbeKw;
            }
        }
        if (unroutable)
            note(QT_TRANSLATE_NOOP(
                "rw::LoadModelBuilder", "Some racks' feeds reach no live source: their load is counted, not routed."));
    }

    /// The running cooling units summed per component, with the power nodes that feed them.
    void addCoolingPlant()
    {
        engine::CoolingPlant &c = mModel.cooling;
        mCoolingOnNode.assign(mNetwork.size(), { 0, 0, 0, 0 });
        for (const auto &[id, unit] : mPlan.all<CoolingUnit>()) {
            if (unit.standby)
                continue;  // declared redundant: idle in normal operation
            if (mLoops.unitIds.count(id)) {
                addLoopUnitFeed(unit);
                continue;
            }
            const int component = componentOf(unit.kind);
            addCoolingUnit(unit, component);
            // The chain carries the unit in proportion to its design power within its component.
            const long feed = mNetwork.indexOf(unit.feedId);
            if (feed >= 0)
                mCoolingOnNode[std::size_t(feed)][std::size_t(component)] += unit.powerDrawKw;
            mComponentTotal[std::size_t(component)] += unit.powerDrawKw;
        }
        if (c.chillerCapacityKw > 0)
            c.chillerDesignCop = float(mChillerCopWeighted / c.chillerCapacityKw);
        if (c.freeCapacityKw <= 0 && c.chillerCapacityKw <= 0)
            note(QT_TRANSLATE_NOOP("rw::LoadModelBuilder",
                "The plan has no chillers or free-cooling units: cooling energy counts fans and pumps only."));
        mAirSupplyC = c.airCapacityKw > 0 ? mAirSupplyWeighted / c.airCapacityKw : kDefaultSupplyC;
        mLiquidSupplyC = mAirSupplyC;
        if (c.liquidCapacityKw > 0) {
            mLiquidSupplyC = mLiquidSupplyWeighted / c.liquidCapacityKw;
        } else {
            bool ok = false;
            const double waterClass = mPlan.site().facilityWaterClass.mid(1).toDouble(&ok);  // "W32" -> 32 °C
            if (ok)
                mLiquidSupplyC = waterClass;
        }
    }

    /// A CDU or stage of the coolant loops: its energy is the LoopPlant's; the chain carries that in proportion to
    /// the units' design power (the facility water pumps have no feed in the plan: theirs goes the same way).
    void addLoopUnitFeed(const CoolingUnit &unit)
    {
        const long feed = mNetwork.indexOf(unit.feedId);
        const double weight = unit.powerDrawKw > 0 ? unit.powerDrawKw : 1e-3;  // a unit without a draw still counts
        if (feed >= 0)
            mCoolingOnNode[std::size_t(feed)][engine::kLoopPlant] += weight;
        mComponentTotal[engine::kLoopPlant] += weight;
    }

    void addCoolingUnit(const CoolingUnit &unit, int component)
    {
        engine::CoolingPlant &c = mModel.cooling;
        switch (component) {
        case engine::kAirFans:
            c.airCapacityKw += float(unit.capacityKw);
            c.airFanKw += float(unit.powerDrawKw);
            mAirSupplyWeighted += unit.capacityKw * unit.facilityWaterSupplyC;
            break;
        case engine::kLiquidPumps:
            c.liquidCapacityKw += float(unit.capacityKw);
            c.liquidPumpKw += float(unit.powerDrawKw);
            mLiquidSupplyWeighted += unit.capacityKw * unit.facilityWaterSupplyC;
            break;
        case engine::kFreeCooling:
            c.freeCapacityKw += float(unit.capacityKw);
            c.freeAuxKw += float(unit.powerDrawKw);
            mFreeUnits.push_back({ unit.capacityKw, unit.supplyTempC,
                unit.returnTempC > unit.supplyTempC ? unit.returnTempC - unit.supplyTempC : kDefaultLoopDeltaK,
                unit.kind == CoolingKind::WaterHeatExchanger });
            break;
        default: {
            c.chillerCapacityKw += float(unit.capacityKw);
            const double cop
                = unit.cop > 0 ? unit.cop : (unit.powerDrawKw > 0 ? unit.capacityKw / unit.powerDrawKw : 0);
            mChillerCopWeighted += unit.capacityKw * cop;
            mChillerSupplyWeighted += unit.capacityKw * unit.supplyTempC;
        }
        }
    }

    /// Weather -> free-cooling shares and chiller COP per hour of the year.
    void fillHourlyCoolingFactors()
    {
        const engine::CoolingPlant &c = mModel.cooling;
        const std::vector<float> &outdoor = mRequest.weather.temperatureC();
        constexpr int kRiverWindowH = 30 * 24;
        double window = 0;
        for (int h = engine::kHoursPerYear - kRiverWindowH; h < engine::kHoursPerYear; ++h)
            window += outdoor[std::size_t(h)];
        const double evaporatorC
            = (c.chillerCapacityKw > 0 ? mChillerSupplyWeighted / c.chillerCapacityKw : kDefaultSupplyC)
            - kEvaporatorBelowSupplyK;
        const double designLift
            = std::max(5.0, mPlan.site().designOutdoorTempC + kCondenserAboveOutdoorK - evaporatorC);
        mB.freeShareAir.resize(engine::kHoursPerYear);
        mB.freeShareLiquid.resize(engine::kHoursPerYear);
        mB.chillerCopFactor.resize(engine::kHoursPerYear);
        for (int h = 0; h < engine::kHoursPerYear; ++h) {
            const double airC = outdoor[std::size_t(h)];
            const double riverC = std::max(kRiverMinC, kRiverBaseC + kRiverSlope * window / kRiverWindowH);
            double air = 0, liquid = 0;
            for (const FreeUnit &u : mFreeUnits) {
                const double delivered
                    = u.river ? riverC + cooling::kWaterHeatExchangerApproachK : airC + cooling::kDryCoolerApproachK;
                air += u.capacityKw * freeShare(delivered, mAirSupplyC, u.deltaK);
                liquid += u.capacityKw * freeShare(delivered, mLiquidSupplyC, u.deltaK);
            }
            mB.freeShareAir[std::size_t(h)] = float(c.freeCapacityKw > 0 ? air / c.freeCapacityKw : 0.0);
            mB.freeShareLiquid[std::size_t(h)] = float(c.freeCapacityKw > 0 ? liquid / c.freeCapacityKw : 0.0);
            const double lift = std::max(5.0, airC + kCondenserAboveOutdoorK - evaporatorC);
            mB.chillerCopFactor[std::size_t(h)] = float(std::clamp(designLift / lift, 0.5, 2.0));
            window += airC - outdoor[std::size_t((h - kRiverWindowH + engine::kHoursPerYear) % engine::kHoursPerYear)];
        }
    }

    void setDailyShapeAndHeatReuse()
    {
        constexpr double kPi = 3.14159265358979323846;
        for (int hour = 0; hour < 24; ++hour)
            mModel.dailyShape[hour] = float(std::cos(2.0 * kPi * (hour - 14) / 24.0));
        // Without a declared share the projection reuses no heat; the ERF checks then say "not declared".
        mModel.heatReuseShare = float(mPlan.site().plannedHeatReuseShare.value_or(0.0));
    }

    /// Nodes, children first, keeping only those that carry load in normal operation.
    bool addPowerChain()
    {
        std::vector<std::size_t> order;
        if (!childrenFirst(mNetwork, &order))
            return fail(LoadModelBuilder::tr(
                "The power chain has a loop; the load projection needs a chain that flows one way."));
        markNodesCarryingLoad(order);
        mEngineIndex.assign(mNetwork.size(), -1);
        for (std::size_t i : order) {
            if (mCarries[i]) {
                mEngineIndex[i] = int(mB.nodeIds.size());
                mB.nodeIds.push_back(mNetwork.idAt(i));
            }
        }
        for (std::size_t i : order) {
            if (mCarries[i])
                addChainNode(i);
        }
        return true;
    }

    void markNodesCarryingLoad(const std::vector<std::size_t> &childrenFirstOrder)
    {
        mCarries.assign(mNetwork.size(), false);
        for (std::size_t i : childrenFirstOrder) {
            bool loaded = !mShareByNode[i].empty();
            for (int component = 0; component < engine::kCoolingComponentCount; ++component)
                loaded = loaded || mCoolingOnNode[i][std::size_t(component)] > 0;
            for (std::size_t child : mNetwork.children(i))
                loaded = loaded || (mCarries[child] && !mNetwork.isStandbySource(i));
            mCarries[i] = loaded;
        }
    }

    void addChainNode(std::size_t i)
    {
        engine::ChainNode node;
        node.ratingKw = float(mNetwork.ratingKw(i));
        const PowerNode &n = mNetwork.node(i);
        node.efficiency[0] = float(n.efficiency25);
        node.efficiency[1] = float(n.efficiency50);
        node.efficiency[2] = float(n.efficiency75);
        node.efficiency[3] = float(n.efficiency100);
        node.firstLossLink = int(mB.lossLinks.size());
        addLossLinks(i);
        node.lossLinkCount = int(mB.lossLinks.size()) - node.firstLossLink;
        mB.nodes.push_back(node);
        for (const auto &[group, share] : mShareByNode[i])
            mB.shares.push_back({ mEngineIndex[i], group, float(share) });
        for (int component = 0; component < engine::kCoolingComponentCount; ++component) {
            const double total = mComponentTotal[std::size_t(component)];
            mB.coolingShare.push_back(float(total > 0 ? mCoolingOnNode[i][std::size_t(component)] / total : 0.0));
        }
    }

    /// Losses go to the parents that carry the node in normal operation, split by their ratings.
    void addLossLinks(std::size_t i)
    {
        double ratings = 0;
        int parents = 0;
        for (std::size_t parent : mNetwork.parents(i)) {
            if (mCarries[parent] && !mNetwork.isStandbySource(parent)) {
                ratings += mNetwork.ratingKw(parent);
                ++parents;
            }
        }
        for (std::size_t parent : mNetwork.parents(i)) {
            if (mCarries[parent] && !mNetwork.isStandbySource(parent)) {
                const double fraction = ratings > 0 ? mNetwork.ratingKw(parent) / ratings : 1.0 / parents;
                mB.lossLinks.push_back({ mEngineIndex[parent], float(fraction) });
            }
        }
    }

    /// Histogram ranges: IT up to every device at its maximum; facility with generous room for cooling and
    /// losses.
    void setHistogramRanges()
    {
        engine::LoadModel &m = mModel;
        const engine::CoolingPlant &c = m.cooling;
        double itMaxKw = 0;
        for (const engine::LoadGroup &g : mB.groups)
            itMaxKw += double(g.racks) * (double(g.computeMaxKwPerRack) + g.fixedKwPerRack);
        const double chillerKw = c.chillerDesignCop > 0 ? itMaxKw / (0.5 * c.chillerDesignCop) : 0.0;
        double loopPlantMaxKw = 0.0;
        for (std::size_t i = 0; i < mB.loopPlantTable.size(); i += engine::kLoopPlantQuantities)
            loopPlantMaxKw = std::max(loopPlantMaxKw, double(mB.loopPlantTable[i + engine::kLoopRejectionKw]));
        if (mB.loopPlant)
            loopPlantMaxKw += m.loops.pumpKw;
        const double coolingMaxKw
            = std::max(1.0, c.airFanKw + c.liquidPumpKw + c.freeAuxKw + chillerKw + loopPlantMaxKw);
        m.histogramMin[engine::kItPower] = 0.0f;
        m.histogramMax[engine::kItPower] = float(std::max(1.0, itMaxKw));
        m.histogramMin[engine::kCoolingPower] = 0.0f;
        m.histogramMax[engine::kCoolingPower] = float(coolingMaxKw);
        m.histogramMin[engine::kFacilityPower] = 0.0f;
        m.histogramMax[engine::kFacilityPower] = float(std::max(1.0, 1.1 * itMaxKw + coolingMaxKw));
        m.histogramMin[engine::kPue] = 1.0f;
        m.histogramMax[engine::kPue] = 2.5f;
    }

    const Plan &mPlan;
    const LoadModelRequest &mRequest;
    BuiltLoadModel &mB;
    engine::LoadModel &mModel;
    QString &mError;
    const PowerNetwork mNetwork;
    const Scenario *mScenario = nullptr;
    std::vector<Phase> mPhases;
    std::vector<RackProfile> mProfiles;  ///< per group
    std::vector<std::map<int, double>> mShareByNode;  ///< network index -> group -> share of its load
    using ComponentKw = std::array<double, engine::kCoolingComponentCount>;
    std::vector<ComponentKw> mCoolingOnNode;
    ComponentKw mComponentTotal { 0, 0, 0, 0 };
    double mAirSupplyWeighted = 0, mLiquidSupplyWeighted = 0, mChillerCopWeighted = 0, mChillerSupplyWeighted = 0;
    double mAirSupplyC = 0, mLiquidSupplyC = 0;
    std::vector<FreeUnit> mFreeUnits;
    BuiltLoopPlant mLoops;  ///< the coolant loops' plant, when the plan has loops that ran
    std::vector<bool> mCarries;  ///< network index -> carries load in normal operation
    std::vector<int> mEngineIndex;  ///< network index -> engine node, -1 for none
};

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
    m.loops.table = loopPlant ? loopPlantTable.data() : nullptr;
}

bool LoadModelBuilder::build(const Plan &plan, const LoadModelRequest &request, BuiltLoadModel *out, QString *error)
{
    if (request.weather.temperatureC().size() != std::size_t(WeatherYear::kHours)) {
        *error = tr("The weather year needs 8,760 hourly temperatures.");
        return false;
    }
    BuiltLoadModel b;
    if (!LoadModelAssembly(plan, request, &b, error).assemble())
        return false;
    *out = std::move(b);
    out->bind();
    return true;
}

}  // namespace rw
