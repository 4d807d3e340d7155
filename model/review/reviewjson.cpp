// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewjson.h"

#include <QJsonArray>

#include <cmath>

namespace rw {

namespace {

QJsonValue numberOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

}  // namespace

QJsonObject ReviewJson::toJson(const ComplianceReport &report)
{
    QJsonArray results;
    for (const CheckResult &r : report.results) {
        QJsonArray racks;
        for (Id id : r.racks)
            racks.append(double(id));
        QJsonObject figures;
        for (const auto &[key, value] : r.figures)
            figures.insert(key, numberOrNull(value));
        QJsonObject result {
            { QStringLiteral("rule"), r.ruleId },
            { QStringLiteral("status"), ComplianceChecker::statusKey(r.status) },
            { QStringLiteral("basis"), ComplianceChecker::basisKey(r.basis) },
            { QStringLiteral("value"), numberOrNull(r.value) },
            { QStringLiteral("limit"), numberOrNull(r.limit) },
            { QStringLiteral("unit"), r.unit },
            { QStringLiteral("title"), r.title },
            { QStringLiteral("detail"), r.detail },
            { QStringLiteral("exemption"), r.exemption },
            { QStringLiteral("source"), r.source },
            { QStringLiteral("url"), r.url },
            { QStringLiteral("validFrom"), r.validFrom.isValid() ? r.validFrom.toString(Qt::ISODate) : QString() },
            { QStringLiteral("startOfOperation"),
                r.relevantDate.isValid() ? r.relevantDate.toString(Qt::ISODate) : QString() },
            { QStringLiteral("racks"), racks },
        };
        if (!figures.isEmpty())
            result.insert(QStringLiteral("figures"), figures);
        results.append(result);
    }
    QJsonObject counts;
    for (CheckStatus s : { CheckStatus::Pass, CheckStatus::Fail, CheckStatus::NotAssessable, CheckStatus::NotApplicable,
             CheckStatus::Exempt })
        counts.insert(ComplianceChecker::statusKey(s), report.count(s));
    return QJsonObject { { QStringLiteral("ruleSet"), report.ruleSetId },
        { QStringLiteral("ruleSetVersion"), report.ruleSetVersion },
        { QStringLiteral("ruleSetDate"), report.ruleSetDate.toString(Qt::ISODate) },
        { QStringLiteral("ruleSetDraft"), report.ruleSetDraft },
        { QStringLiteral("laws"), QJsonArray::fromStringList(report.laws) },
        { QStringLiteral("context"), QJsonArray::fromStringList(report.context) }, { QStringLiteral("counts"), counts },
        { QStringLiteral("results"), results } };
}

QJsonObject ReviewJson::toJson(const PlanDiff &diff)
{
    auto fields = [](const std::vector<FieldChange> &changes) {
        QJsonArray out;
        for (const FieldChange &c : changes)
            out.append(QJsonObject { { QStringLiteral("field"), c.field }, { QStringLiteral("before"), c.before },
                { QStringLiteral("after"), c.after } });
        return out;
    };
    QJsonArray entities;
    for (const EntityChange &e : diff.entities)
        entities.append(QJsonObject { { QStringLiteral("type"), PlanDiffer::entityKey(e.entity) },
            { QStringLiteral("name"), e.name }, { QStringLiteral("change"), PlanDiffer::changeKey(e.change) },
            { QStringLiteral("fields"), fields(e.fields) } });
    QJsonObject figures;
    for (const FigureChange &f : diff.figures)
        figures.insert(f.key,
            QJsonObject { { QStringLiteral("a"), f.a }, { QStringLiteral("b"), f.b },
                { QStringLiteral("difference"), f.b - f.a } });
    return QJsonObject { { QStringLiteral("identical"), diff.identical() },
        { QStringLiteral("site"), fields(diff.site) }, { QStringLiteral("entities"), entities },
        { QStringLiteral("figures"), figures },
        { QStringLiteral("counts"),
            QJsonObject { { QStringLiteral("added"), diff.count(EntityChange::Kind::Added) },
                { QStringLiteral("removed"), diff.count(EntityChange::Kind::Removed) },
                { QStringLiteral("changed"), diff.count(EntityChange::Kind::Changed) } } } };
}

}  // namespace rw
