#include "analysisjson.h"

#include "plan/enumnames.h"

#include <QJsonArray>

namespace rw {
namespace {

double rounded(double kw)
{
    return std::round(kw * 1000.0) / 1000.0;  // whole watts: the flow's resolution
}

QString nodeName(const Plan &plan, Id id)
{
    const PowerNode *node = plan.find<PowerNode>(id);
    return node ? node->name : QString();
}

QJsonArray ids(const std::vector<Id> &list)
{
    QJsonArray array;
    for (Id id : list)
        array.append(double(id));
    return array;
}

QJsonArray rackNames(const Plan &plan, const std::vector<Id> &list)
{
    QJsonArray array;
    for (Id id : list) {
        const Rack *rack = plan.find<Rack>(id);
        array.append(rack ? rack->name : QString());
    }
    return array;
}

}  // namespace

QJsonObject powerStateJson(const Plan &plan, const PowerState &state)
{
    QJsonArray failed;
    for (Id id : state.failedNodes)
        failed.append(QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("name"), nodeName(plan, id)}});
    QJsonArray overloads;
    for (const NodeOverload &o : state.overloads) {
        overloads.append(QJsonObject{{QStringLiteral("id"), double(o.nodeId)},
                                     {QStringLiteral("name"), nodeName(plan, o.nodeId)},
                                     {QStringLiteral("loadKw"), rounded(o.loadKw)},
                                     {QStringLiteral("ratingKw"), rounded(o.ratingKw)}});
    }
    return QJsonObject{{QStringLiteral("failed"), failed},
                       {QStringLiteral("servesAll"), state.servesAll()},
                       {QStringLiteral("worstUtilisation"), std::round(state.flow.worstUtilisation * 1e4) / 1e4},
                       {QStringLiteral("overloads"), overloads},
                       {QStringLiteral("racksLost"), rackNames(plan, state.racksLost)},
                       {QStringLiteral("racksLimited"), rackNames(plan, state.racksLimited)},
                       {QStringLiteral("unservedKw"), rounded(state.unservedKw)},
                       {QStringLiteral("coolingUnitsStopped"), ids(state.loads.stoppedCoolingUnits)},
                       {QStringLiteral("coolingKw"), rounded(state.loads.coolingKw)}};
}

QJsonObject powerBudgetJson(const Plan &plan, const PowerAnalysis &analysis)
{
    QJsonArray nodes;
    double itDesign = 0.0;
    double itExpected = 0.0;
    for (const RackSupply &r : analysis.normal.loads.racks)
        itDesign += r.demandKw;
    for (const RackSupply &r : analysis.expected.loads.racks)
        itExpected += r.demandKw;
    for (const NodeBudget &b : analysis.budgets) {
        const PowerNode *node = plan.find<PowerNode>(b.nodeId);
        nodes.append(QJsonObject{{QStringLiteral("id"), double(b.nodeId)},
                                 {QStringLiteral("name"), node->name},
                                 {QStringLiteral("kind"), enumName(node->kind)},
                                 {QStringLiteral("side"), enumName(node->side)},
                                 {QStringLiteral("ratingKw"), rounded(b.ratingKw)},
                                 {QStringLiteral("connectedKw"), rounded(b.connectedKw)},
                                 {QStringLiteral("designKw"), rounded(b.designKw)},
                                 {QStringLiteral("expectedKw"), rounded(b.expectedKw)},
                                 {QStringLiteral("worstKw"), rounded(b.worstKw)},
                                 {QStringLiteral("worstFailure"), nodeName(plan, b.worstFailure)},
                                 {QStringLiteral("headroomKw"), rounded(b.headroomKw())}});
    }
    return QJsonObject{{QStringLiteral("itDesignKw"), rounded(itDesign)},
                       {QStringLiteral("itExpectedKw"), rounded(itExpected)},
                       {QStringLiteral("normal"), powerStateJson(plan, analysis.normal)},
                       {QStringLiteral("nodes"), nodes}};
}

QJsonObject contingencyJson(const Plan &plan, const PowerAnalysis &analysis)
{
    QJsonArray list;
    int failing = 0;
    for (const PowerState &c : analysis.contingencies) {
        list.append(powerStateJson(plan, c));
        failing += c.servesAll() ? 0 : 1;
    }
    QJsonObject o{{QStringLiteral("contingencies"), list},
                  {QStringLiteral("count"), int(analysis.contingencies.size())},
                  {QStringLiteral("failing"), failing},
                  {QStringLiteral("availabilityClass"), analysis.availability.supportedClass},
                  {QStringLiteral("availabilityReason"), analysis.availability.reason}};
    if (analysis.worstIndex >= 0)
        o.insert(QStringLiteral("worst"), powerStateJson(plan, analysis.contingencies[std::size_t(analysis.worstIndex)]));
    return o;
}

}  // namespace rw
