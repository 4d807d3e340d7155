// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinvariants.h"

#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"
#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalreasons.h"
#include "analysis/thermalsanity.h"
#include "plan/completenesschecks.h"
#include "plan/plansummary.h"
#include "plan/validation.h"
#include "rackwerk/engine/thermalsolver.h"
#include "review/compliancechecker.h"
#include "review/ruleset.h"

#include <QRectF>

#include <cmath>
#include <map>
#include <set>

namespace rwtest {

using namespace rw;

namespace {

// Physical constants of the test's own: air at about 20 °C.
constexpr double kAirDensity = 1.2;  // kg/m³
constexpr double kAirHeatCapacity = 1005.0;  // J/(kg K)
constexpr double kInsideToleranceM = 0.01;

bool near(double a, double b, double absolute = 1e-6)
{
    return std::abs(a - b) <= absolute + 1e-9 * std::max(std::abs(a), std::abs(b));
}

bool isAirUnit(CoolingKind kind)
{
    return kind == CoolingKind::Crah || kind == CoolingKind::FanWall || kind == CoolingKind::InRow
        || kind == CoolingKind::RearDoor;
}

bool isHeatRejection(CoolingKind kind)
{
    return kind == CoolingKind::Chiller || kind == CoolingKind::DryCooler || kind == CoolingKind::WaterHeatExchanger;
}

/// The floor an item covers: its width runs across the way it faces, its depth along it.
QRectF floorOf(double x, double y, double widthM, double depthM, Facing facing)
{
    const bool sideways = facing == Facing::East || facing == Facing::West;
    const double alongX = sideways ? depthM : widthM;
    const double alongY = sideways ? widthM : depthM;
    return QRectF(x - alongX / 2, y - alongY / 2, alongX, alongY);
}

bool inside(const Hall &hall, const QRectF &r)
{
    return r.left() >= -kInsideToleranceM && r.top() >= -kInsideToleranceM
        && r.right() <= hall.widthM + kInsideToleranceM && r.bottom() <= hall.depthM + kInsideToleranceM;
}

struct Heat {
    double totalKw = 0.0, airKw = 0.0, liquidKw = 0.0;
    int devices = 0, gpus = 0;
};

Heat heatOfRack(const Plan &plan, Id rackId)
{
    Heat heat;
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        ++heat.devices;
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (!type)
            continue;
        heat.totalKw += type->maxPowerW / 1000.0;
        heat.liquidKw += type->maxPowerW * type->liquidHeatShare / 1000.0;
        heat.airKw += type->maxPowerW * (1.0 - type->liquidHeatShare) / 1000.0;
        heat.gpus += type->gpuCount;
    }
    return heat;
}

/// Heat an air unit's airflow carries between its design return and supply, kW; 0 without airflow.
double carriedKw(const CoolingUnit &unit)
{
    const double deltaT = unit.returnTempC - unit.supplyTempC;
    if (!isAirUnit(unit.kind) || unit.airflowM3PerH <= 0 || deltaT <= 0)
        return 0.0;
    return kAirDensity * kAirHeatCapacity * unit.airflowM3PerH / 3600.0 * deltaT / 1000.0;
}

template <class T> QString idList(const T &ids)
{
    QStringList parts;
    for (auto id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

/// Texts a user reads must not show empty brackets or doubled kind names (issue 15, items 10 and 11).
void checkText(QStringList &out, const QString &where, const QString &text)
{
    if (text.contains(QLatin1String("()")) || text.contains(QLatin1String("Row Row"))
        || text.contains(QLatin1String("Fan-wall")) || text.contains(QLatin1String("Hot-aisle")))
        out << QStringLiteral("%1: text shows an empty bracket or an internal name: %2").arg(where, text);
}

bool hasFindingFor(const std::vector<Finding> &findings, EntityKind kind, Id id)
{
    for (const Finding &f : findings)
        if (f.kind == kind && f.key.toLongLong() == id)
            return true;
    return false;
}

}  // namespace

QStringList checkPlanInvariants(const Plan &plan, const Review &review)
{
    QStringList out;
    const Site &site = plan.site();

    // ---- What the test computes from the entities alone.
    double itKw = 0.0;
    int devices = 0, gpus = 0;
    std::map<Id, Heat> hallHeat;
    std::map<Id, Heat> rackHeat;
    std::set<Id> unfedRacks, racksOutside;
    double unfedKw = 0.0;
    for (const auto &[id, rack] : plan.all<Rack>()) {
        const Heat heat = heatOfRack(plan, id);
        rackHeat[id] = heat;
        itKw += heat.totalKw;
        devices += heat.devices;
        gpus += heat.gpus;
        Heat &h = hallHeat[rack.hallId];
        h.totalKw += heat.totalKw;
        h.airKw += heat.airKw;
        h.liquidKw += heat.liquidKw;
        if (heat.totalKw > 0 && !plan.find<PowerNode>(rack.feedA) && !plan.find<PowerNode>(rack.feedB)) {
            unfedRacks.insert(id);
            unfedKw += heat.totalKw;
        }
        const Hall *hall = plan.find<Hall>(rack.hallId);
        if (hall
            && !inside(*hall, floorOf(rack.xM, rack.yM, rack.widthMm / 1000.0, rack.depthMm / 1000.0, rack.facing)))
            racksOutside.insert(id);
    }
    std::map<Id, double> airRatedLow, airRatedHigh, cduRated;
    std::map<Id, std::set<Id>> airUnitsOutside;
    std::map<Id, int> airUnitsInside, airUnitsDrawn, cdus;
    double rejectionInstalled = 0.0, unitPowerKw = 0.0;
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (isHeatRejection(unit.kind)) {
            rejectionInstalled += unit.capacityKw;
            continue;
        }
        unitPowerKw += unit.powerDrawKw;
        const Hall *hall = plan.find<Hall>(unit.hallId);
        if (isAirUnit(unit.kind)) {
            ++airUnitsDrawn[unit.hallId];
            if (hall && !inside(*hall, floorOf(unit.xM, unit.yM, unit.widthM, unit.depthM, unit.facing))) {
                airUnitsOutside[unit.hallId].insert(id);
                continue;
            }
            ++airUnitsInside[unit.hallId];
            // The budget counts the rating, but never more than the airflow carries (1 % tolerance).
            const double carried = carriedKw(unit);
            airRatedLow[unit.hallId] += carried > 0 ? std::min(unit.capacityKw, carried) : unit.capacityKw;
            airRatedHigh[unit.hallId] += carried > 0 ? std::min(unit.capacityKw, carried * 1.011) : unit.capacityKw;
        } else if (unit.kind == CoolingKind::Cdu) {
            ++cdus[unit.hallId];
            cduRated[unit.hallId] += unit.capacityKw;
        }
    }

    // ---- 1. Budget totals equal the independent sums.
    const PlanSummary summary = summarize(plan);
    if (!near(summary.nameplateItKw, itKw))
        out << QStringLiteral("summary: nameplate IT %1 kW, the devices add up to %2 kW")
                   .arg(summary.nameplateItKw)
                   .arg(itKw);
    if (summary.rackCount != int(plan.all<Rack>().size()) || summary.deviceCount != devices || summary.gpuCount != gpus)
        out << QStringLiteral("summary: %1 racks, %2 devices, %3 GPUs; counted %4, %5, %6")
                   .arg(summary.rackCount)
                   .arg(summary.deviceCount)
                   .arg(summary.gpuCount)
                   .arg(plan.all<Rack>().size())
                   .arg(devices)
                   .arg(gpus);

    const CoolingBudget budget = CoolingBudgeter::compute(plan);
    double budgetHeat = 0.0;
    std::set<Id> hallsInBudget;
    for (const CoolingArea &area : budget.halls) {
        hallsInBudget.insert(area.hallId);
        budgetHeat += area.airHeat.loadKw + area.liquidHeat.loadKw;
        const Heat &h = hallHeat[area.hallId];
        const QString hall = QStringLiteral("hall %1").arg(area.hallId);
        if (!near(area.airHeat.loadKw, h.airKw, 1e-6) || !near(area.liquidHeat.loadKw, h.liquidKw, 1e-6))
            out << QStringLiteral("%1: budget air/liquid heat %2/%3 kW, the devices give %4/%5 kW")
                       .arg(hall)
                       .arg(area.airHeat.loadKw)
                       .arg(area.liquidHeat.loadKw)
                       .arg(h.airKw)
                       .arg(h.liquidKw);
        if (area.airHeat.installedKw < airRatedLow[area.hallId] - 1e-6
            || area.airHeat.installedKw > airRatedHigh[area.hallId] + 1e-6)
            out << QStringLiteral("%1: installed air cooling %2 kW, the units inside the hall give %3..%4 kW")
                       .arg(hall)
                       .arg(area.airHeat.installedKw)
                       .arg(airRatedLow[area.hallId])
                       .arg(airRatedHigh[area.hallId]);
        if (!near(area.liquidHeat.installedKw, cduRated[area.hallId]))
            out << QStringLiteral("%1: installed CDU capacity %2 kW, the CDUs are rated %3 kW")
                       .arg(hall)
                       .arg(area.liquidHeat.installedKw)
                       .arg(cduRated[area.hallId]);
        if (area.airHeat.redundantKw > area.airHeat.installedKw + 1e-6)
            out << QStringLiteral("%1: redundant air capacity %2 kW above installed %3 kW")
                       .arg(hall)
                       .arg(area.airHeat.redundantKw)
                       .arg(area.airHeat.installedKw);
        const std::set<Id> unitsOut(area.unitsOutside.begin(), area.unitsOutside.end());
        if (unitsOut != airUnitsOutside[area.hallId])
            out << QStringLiteral("%1: budget lists air units outside %2, they are %3")
                       .arg(hall, idList(unitsOut), idList(airUnitsOutside[area.hallId]));
        std::set<Id> racksOut(area.racksOutside.begin(), area.racksOutside.end());
        std::set<Id> expectedOut;
        for (Id id : racksOutside)
            if (plan.find<Rack>(id)->hallId == area.hallId)
                expectedOut.insert(id);
        if (racksOut != expectedOut)
            out << QStringLiteral("%1: budget lists racks outside %2, they are %3")
                       .arg(hall, idList(racksOut), idList(expectedOut));
    }
    for (const auto &[hallId, h] : hallHeat)
        if (h.totalKw > 0 && !hallsInBudget.count(hallId))
            out << QStringLiteral("hall %1: %2 kW of heat and no cooling budget").arg(hallId).arg(h.totalKw);
    if (!near(budgetHeat, itKw, 1e-6))
        out << QStringLiteral("cooling budget: halls carry %1 kW, the devices %2 kW").arg(budgetHeat).arg(itKw);
    if (!near(budget.heatRejection.heatKw, itKw + unitPowerKw, 1e-6))
        out << QStringLiteral("heat rejection: %1 kW to reject, IT plus cooling power is %2 kW")
                   .arg(budget.heatRejection.heatKw)
                   .arg(itKw + unitPowerKw);
    if (!near(budget.heatRejection.installedKw, rejectionInstalled))
        out << QStringLiteral("heat rejection: installed %1 kW, the units are rated %2 kW")
                   .arg(budget.heatRejection.installedKw)
                   .arg(rejectionInstalled);
    for (const auto &[id, unit] : plan.all<CoolingUnit>())
        if (CoolingBudgeter::capacityKw(unit) > unit.capacityKw + 1e-9)
            out << QStringLiteral("unit %1: the budget counts %2 kW, above its rating of %3 kW")
                       .arg(unit.name)
                       .arg(CoolingBudgeter::capacityKw(unit))
                       .arg(unit.capacityKw);

    const Completeness completeness = CompletenessChecks::assess(plan);
    const std::set<Id> assessedUnfed(completeness.unfedRacks.begin(), completeness.unfedRacks.end());
    if (assessedUnfed != unfedRacks || !near(completeness.unfedLoadKw, unfedKw, 1e-6))
        out << QStringLiteral("completeness: unfed racks %1 with %2 kW, they are %3 with %4 kW")
                   .arg(idList(assessedUnfed))
                   .arg(completeness.unfedLoadKw)
                   .arg(idList(unfedRacks))
                   .arg(unfedKw);

    const PowerAnalysis power = PowerAnalyzer::analyze(plan);
    double demandKw = 0.0, servedKw = 0.0, fedKw = 0.0;
    for (const RackSupply &supply : power.normal.loads.racks) {
        demandKw += supply.demandKw;
        servedKw += supply.servedKw;
        if (unfedRacks.count(supply.rackId) && supply.servedKw > 1e-9)
            out << QStringLiteral("power analysis: unfed rack %1 is served %2 kW")
                       .arg(supply.rackId)
                       .arg(supply.servedKw);
    }
    for (const auto &[id, heat] : rackHeat)
        if (!unfedRacks.count(id))
            fedKw += heat.totalKw;
    if (!plan.all<PowerNode>().empty() && (!near(demandKw, itKw, 1e-6) || servedKw > fedKw + 1e-6))
        out << QStringLiteral("power analysis: racks demand %1 kW and are served %2 kW at design; the devices draw "
                              "%3 kW, %4 kW of it in fed racks")
                   .arg(demandKw)
                   .arg(servedKw)
                   .arg(itKw)
                   .arg(fedKw);

    // ---- 2. No legal or tender check passes (or fails) on data nobody declared.
    const ComplianceReport report = ComplianceChecker::run(plan, {}, review);
    std::map<QString, QString> checkOf;
    for (const Rule &rule : RuleSetLoader::bundled().rules)
        checkOf[rule.id] = rule.check;
    for (const CheckResult &r : report.results) {
        const bool judged = r.status == CheckStatus::Pass || r.status == CheckStatus::Fail;
        const QString check = r.ruleId.startsWith(QLatin1String("tender-")) ? r.ruleId : checkOf[r.ruleId];
        QStringList needs;  // declarations a judgement needs
        bool needsPower = false, needsCooling = false, needsProjection = false;
        if (check == QLatin1String("pueLimit"))
            needs << QStringLiteral("startOfOperation") << QStringLiteral("pueTarget");
        else if (check == QLatin1String("erfTarget"))
            needs << QStringLiteral("startOfOperation") << QStringLiteral("plannedHeatReuseShare");
        else if (check == QLatin1String("renewableShare") || check == QLatin1String("tender-minRenewableShare"))
            needs << QStringLiteral("renewableShare");
        else if (check == QLatin1String("tender-maxPue"))
            needs << QStringLiteral("pueTarget");
        else if (check == QLatin1String("tender-minEnergyReuseShare"))
            needs << QStringLiteral("plannedHeatReuseShare");
        else if (check == QLatin1String("euReportingKpis") && r.status == CheckStatus::Pass)
            needs << QStringLiteral("pueTarget") << QStringLiteral("wueLitrePerKWh")
                  << QStringLiteral("plannedHeatReuseShare") << QStringLiteral("renewableShare");
        else if (check == QLatin1String("availabilityClass")) {
            needs << QStringLiteral("declaredAvailabilityClass");
            needsPower = true;
        } else if (check == QLatin1String("powerHeadroom") || check == QLatin1String("tender-minPowerHeadroomShare")
            || check == QLatin1String("tender-minAvailabilityClass"))
            needsPower = true;
        else if (check == QLatin1String("coolingHeadroom") || check == QLatin1String("tender-minCoolingHeadroomShare"))
            needsCooling = true;
        else if (check == QLatin1String("inletEnvelope") || check == QLatin1String("tender-maxInletTempC")
            || check == QLatin1String("coolingFailureSweep"))
            needsProjection = true;
        else if (check == QLatin1String("energyManagement") && r.status == CheckStatus::Pass)
            out << QStringLiteral("%1 passes without a reviewer's confirmation").arg(r.ruleId);
        auto declared = [&site](const QString &field) {
            if (field == QLatin1String("startOfOperation"))
                return site.startOfOperation.isValid();
            if (field == QLatin1String("pueTarget"))
                return site.pueTarget.has_value();
            if (field == QLatin1String("plannedHeatReuseShare"))
                return site.plannedHeatReuseShare.has_value();
            if (field == QLatin1String("renewableShare"))
                return site.renewableShare.has_value();
            if (field == QLatin1String("wueLitrePerKWh"))
                return site.wueLitrePerKWh.has_value();
            return site.declaredAvailabilityClass.has_value();
        };
        for (const QString &field : needs) {
            const bool startOnly = field == QLatin1String("startOfOperation");
            // Not applicable is a judgement on the start of operation too.
            if (!declared(field) && (judged || (startOnly && r.status == CheckStatus::NotApplicable)))
                out << QStringLiteral("%1 is \"%2\" although %3 is not declared")
                           .arg(r.ruleId, ComplianceChecker::statusKey(r.status), field);
        }
        if (judged && needsPower && !unfedRacks.empty())
            out << QStringLiteral("%1 is \"%2\" although %3 rack(s) have no power feed")
                       .arg(r.ruleId, ComplianceChecker::statusKey(r.status))
                       .arg(unfedRacks.size());
        if (judged && needsCooling && !completeness.coolingGaps.empty())
            out << QStringLiteral("%1 is \"%2\" although a hall lacks cooling")
                       .arg(r.ruleId, ComplianceChecker::statusKey(r.status));
        if (judged && needsProjection)
            out << QStringLiteral("%1 is \"%2\" without a thermal projection")
                       .arg(r.ruleId, ComplianceChecker::statusKey(r.status));
        if (r.basis == CheckBasis::Declared && !judged)
            out << QStringLiteral("%1: basis \"declared\" but nothing judged").arg(r.ruleId);
        if (!judged && r.status != CheckStatus::NotApplicable && r.detail.trimmed().isEmpty())
            out << QStringLiteral("%1: not assessable without saying why").arg(r.ruleId);
        checkText(out, r.ruleId, r.title);
        checkText(out, r.ruleId, r.detail);
    }

    // ---- 3. A plan with missing subsystems is never finding-free; misplaced items are listed.
    const std::vector<Finding> findings = PlanValidator::validate(plan);
    for (const Finding &f : findings) {
        if (f.message.trimmed().isEmpty())
            out << QStringLiteral("a finding without a message (kind %1)").arg(int(f.kind));
        checkText(out, QStringLiteral("finding"), f.message);
    }
    const bool hasChain = !plan.all<PowerNode>().empty();
    if (!unfedRacks.empty()) {
        bool named = false;
        for (Id id : unfedRacks) {
            const bool found = hasFindingFor(findings, EntityKind::Rack, id);
            named = named || found;
            if (hasChain && !found)
                out << QStringLiteral("rack %1 has no power feed and no finding says so")
                           .arg(plan.find<Rack>(id)->name);
        }
        if (!named)
            out << QStringLiteral("%1 unfed rack(s) and no finding names one").arg(unfedRacks.size());
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        const bool needsFeed = unit.powerDrawKw > 0
            || (unit.kind != CoolingKind::RearDoor && unit.kind != CoolingKind::WaterHeatExchanger);
        if (needsFeed && !plan.find<PowerNode>(unit.feedId) && hasChain
            && !hasFindingFor(findings, EntityKind::CoolingUnit, id))
            out << QStringLiteral("cooling unit %1 has no power feed and no finding says so").arg(unit.name);
    }
    for (const auto &[hallId, h] : hallHeat) {
        if (!plan.find<Hall>(hallId))
            continue;
        if (h.airKw > 0 && airUnitsInside[hallId] == 0) {
            bool said = hasFindingFor(findings, EntityKind::Hall, hallId);
            for (Id unitId : airUnitsOutside[hallId])
                said = said || hasFindingFor(findings, EntityKind::CoolingUnit, unitId);
            if (!said)
                out << QStringLiteral("hall %1: %2 kW into the air, no air unit inside it, no finding")
                           .arg(hallId)
                           .arg(h.airKw);
        }
        bool wantsLiquid = h.liquidKw > 0;
        for (const auto &[rackId, rack] : plan.all<Rack>())
            wantsLiquid = wantsLiquid
                || (rack.hallId == hallId && rack.cooling != RackCooling::Air && rackHeat[rackId].totalKw > 0);
        if (wantsLiquid && cdus[hallId] == 0 && !hasFindingFor(findings, EntityKind::Hall, hallId))
            out << QStringLiteral("hall %1: liquid-cooled racks, no CDU, no finding").arg(hallId);
    }
    for (Id id : racksOutside)
        if (!hasFindingFor(findings, EntityKind::Rack, id))
            out << QStringLiteral("rack %1 stands outside its hall and no finding says so")
                       .arg(plan.find<Rack>(id)->name);
    for (const auto &[hallId, ids] : airUnitsOutside)
        for (Id id : ids)
            if (!hasFindingFor(findings, EntityKind::CoolingUnit, id))
                out << QStringLiteral("cooling unit %1 stands outside its hall and no finding says so")
                           .arg(plan.find<CoolingUnit>(id)->name);

    // ---- 4. No unit asked for more than its rating without a finding (rating against airflow).
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        const double carried = carriedKw(unit);
        if (carried <= 0 || (unit.hallId != kNoId && airUnitsOutside[unit.hallId].count(id)))
            continue;
        const bool over = carried > unit.capacityKw * 1.02;
        const bool short_ = unit.capacityKw > carried * 1.02;
        if ((over || short_) && !hasFindingFor(findings, EntityKind::CoolingUnit, id))
            out << QStringLiteral("cooling unit %1: rated %2 kW, its airflow carries %3 kW, no finding")
                       .arg(unit.name)
                       .arg(unit.capacityKw)
                       .arg(carried);
    }

    // ---- 5. Missing subsystems make budgets and class "not assessable", complete ones do not.
    if (!unfedRacks.empty()) {
        if (completeness.powerGap().isEmpty())
            out << QStringLiteral("unfed racks but the power budgets read as assessable");
        if (power.availability.supportedClass != 0)
            out << QStringLiteral("unfed racks but the power chain supports class %1")
                       .arg(power.availability.supportedClass);
    } else if (!completeness.powerGap().isEmpty()) {
        out << QStringLiteral("every rack is fed but the power budgets say: %1").arg(completeness.powerGap());
    }
    if (power.availability.supportedClass == 0 && power.availability.reason.trimmed().isEmpty())
        out << QStringLiteral("availability class not assessable without a reason");
    for (const auto &[hallId, h] : hallHeat) {
        if (!plan.find<Hall>(hallId))
            continue;
        const bool airGap = h.airKw > 0 && airUnitsDrawn[hallId] == 0;
        if (airGap && completeness.coolingGap(plan, hallId, false).isEmpty())
            out << QStringLiteral("hall %1 has air heat and no air unit, but its cooling budget reads as assessable")
                       .arg(hallId);
    }
    return out;
}

QStringList checkThermalInvariants(const Plan &plan, float cellM, int threads, ThermalRunFacts *facts)
{
    ThermalRunFacts ignored;
    if (!facts)
        facts = &ignored;
    *facts = {};
    QStringList out;
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    if (!build.ok())
        return { QStringLiteral("thermal case refused: %1").arg(build.error) };
    engine::ThermalSettings settings;
    settings.cellM = cellM;
    settings.backend = engine::Backend::Cpu;
    settings.threads = threads;
    const engine::ThermalResult result = engine::solveThermal(build.thermalCase, settings);
    if (result.error == engine::ThermalError::Unbalanced) {
        // Containment that shuts air in: refused, and the checks before a run must have said why.
        for (const ThermalSanityIssue &issue : ThermalSanity::check(plan, build.hallId)) {
            if (issue.kind == ThermalSanityIssue::Kind::HotAisleWithoutReturn
                || issue.kind == ThermalSanityIssue::Kind::ColdAisleWithoutSupply)
                return out;
        }
        return { QStringLiteral("thermal run refused and no air-path check says why: %1")
                     .arg(QString::fromStdString(result.message)) };
    }
    if (!result.ok())
        return { QStringLiteral("thermal run failed: %1").arg(QString::fromStdString(result.message)) };
    facts->ran = true;
    // A run that does not settle is reported to the user as "not converged"; the figures below must
    // hold all the same.
    facts->settled = result.converged;
    const double balance = result.energyBalanceError();
    if (!std::isfinite(balance) || std::abs(balance) > 0.01)
        out << QStringLiteral("energy balance open: %1 W released, %2 W removed")
                   .arg(result.heatReleasedW)
                   .arg(result.heatRemovedW);
    const std::vector<RackInletReason> reasons
        = ThermalReasons::explain(build.thermalCase, result, ThermalPlanContext::of(plan, build.hallId));
    for (const engine::RackThermalResult &rack : result.racks) {
        // A rack that moves no air has no inlet: the engine reports NaN for it (shown as "-").
        const bool breathes = rack.heatToAirW > 0;
        if (!breathes && std::isfinite(rack.inletMaxC))
            out << QStringLiteral("rack %1 moves no air but has an inlet of %2 °C")
                       .arg(QString::fromStdString(rack.name))
                       .arg(rack.inletMaxC);
        for (float t : { rack.inletMeanC, rack.inletMaxC, rack.exhaustC }) {
            if (breathes && (!std::isfinite(t) || t < -50.0f || t > 300.0f)) {
                out << QStringLiteral("rack %1 (%2 W to air): inlet %3 °C (max %4 °C), exhaust %5 °C")
                           .arg(QString::fromStdString(rack.name))
                           .arg(rack.heatToAirW)
                           .arg(rack.inletMeanC)
                           .arg(rack.inletMaxC)
                           .arg(rack.exhaustC);
                break;
            }
        }
        int n = 0;
        for (const RackInletReason &reason : reasons) {
            if (reason.rackId != rack.id)
                continue;
            ++n;
            if (reason.text.trimmed().isEmpty())
                out << QStringLiteral("rack %1: an empty reason").arg(QString::fromStdString(rack.name));
            checkText(out, QStringLiteral("reason"), reason.text);
        }
        if (n != (rack.withinAllowable ? 0 : 1))
            out << QStringLiteral("rack %1: inlet %2 °C (max %3 °C), %4, %5 reason(s)")
                       .arg(QString::fromStdString(rack.name))
                       .arg(rack.inletMeanC)
                       .arg(rack.inletMaxC)
                       .arg(rack.withinAllowable ? QStringLiteral("allowable") : QStringLiteral("outside allowable"))
                       .arg(n);
    }
    const std::vector<CoolerNote> notes = ThermalReasons::coolerNotes(build.thermalCase, result);
    for (const engine::CoolerThermalResult &cooler : result.coolers) {
        const CoolingUnit *unit = plan.find<CoolingUnit>(cooler.id);
        if (!unit || cooler.failed)
            continue;
        if (cooler.loadW > unit->capacityKw * 1000.0 * 1.002) {
            bool noted = false;
            for (const CoolerNote &note : notes)
                noted = noted || (note.coolerId == cooler.id && note.aboveRating);
            if (!noted)
                out << QStringLiteral("unit %1 removes %2 kW, rated %3 kW, and no note says so")
                           .arg(unit->name)
                           .arg(cooler.loadW / 1000.0)
                           .arg(unit->capacityKw);
        }
    }
    return out;
}

}  // namespace rwtest
