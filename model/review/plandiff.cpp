// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandiff.h"

#include "compliancechecker.h"

#include "analysis/contingency.h"
#include "i18n/labels.h"
#include "plan/plansummary.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace rw {

int PlanDiff::count(EntityChange::Kind kind) const
{
    return int(std::count_if(entities.begin(), entities.end(), [&](const auto &e) { return e.change == kind; }));
}

QString PlanDiffer::entityName(EntityKind kind)
{
    return Labels::of(kind);
}

QString PlanDiffer::entityKey(EntityKind kind)
{
    QString key = QStringLiteral("site");
    forEachEntityType([&]<class T>() {
        if (EntityTraits<T>::kind == kind)
            key = QLatin1String(EntityTraits<T>::table);
    });
    return key;
}

QString PlanDiffer::changeName(EntityChange::Kind kind)
{
    switch (kind) {
    case EntityChange::Kind::Added:
        return tr("added");
    case EntityChange::Kind::Removed:
        return tr("removed");
    case EntityChange::Kind::Changed:
        return tr("changed");
    }
    return {};
}

QString PlanDiffer::changeKey(EntityChange::Kind kind)
{
    switch (kind) {
    case EntityChange::Kind::Added:
        return QStringLiteral("added");
    case EntityChange::Kind::Removed:
        return QStringLiteral("removed");
    case EntityChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString PlanDiffer::figureName(const QString &key)
{
    if (key == QLatin1String("gpus"))
        return tr("GPUs");
    if (key == QLatin1String("racks"))
        return tr("Racks");
    if (key == QLatin1String("devices"))
        return tr("Devices");
    if (key == QLatin1String("nameplateItKw"))
        return tr("IT power, nameplate (kW)");
    if (key == QLatin1String("typicalItKw"))
        return tr("IT power, typical (kW)");
    if (key == QLatin1String("pue"))
        return tr("PUE (declared or projected)");
    if (key == QLatin1String("availabilityClass"))
        return tr("Availability class the power chain supports");
    if (key == QLatin1String("worstUnservedKw"))
        return tr("Risk: load lost in the worst single failure (kW)");
    if (key == QLatin1String("checksFailed"))
        return tr("Compliance checks failed");
    if (key == QLatin1String("checksNotAssessable"))
        return tr("Compliance checks not assessable");
    return key;
}

namespace {

QString valueText(const QVariant &value, FieldType type, const QStringList &enumValues)
{
    if (!value.isValid())
        return PlanDiffer::tr("not declared");
    if (type == FieldType::Double)
        return QLocale().toString(value.toDouble(), 'g', 8);
    if (type == FieldType::Bool)
        return value.toBool() ? PlanDiffer::tr("yes") : PlanDiffer::tr("no");
    if (type == FieldType::Enum)
        return Labels::enumValue(enumValues, value.toString());
    QString text = value.toString();
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text;
}

/// Readable names of every entity of a plan, unique within their type, to match entities across plans.
class Names {
public:
    explicit Names(const Plan &plan) : mPlan(plan)
    {
        forEachEntityType([&]<class T>() {
            if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
                std::map<QString, int> seen;
                for (const auto &[id, entity] : plan.all<T>()) {
                    QString name = baseName(entity);
                    if (const int n = ++seen[name]; n > 1)
                        name += QStringLiteral(" (%1)").arg(n);  // same name twice: told apart by order
                    mNames[{ EntityTraits<T>::kind, id }] = name;
                }
            }
        });
    }

    QString of(EntityKind kind, Id id) const
    {
        const auto it = mNames.find({ kind, id });
        return it == mNames.end() ? QString() : it->second;
    }

    /// The name an id field refers to, by the field's name; other fields are not references.
    QString referenced(const QString &field, Id id) const
    {
        if (id == kNoId)
            return QString();
        static const std::map<QString, EntityKind> kinds { { QStringLiteral("hallId"), EntityKind::Hall },
            { QStringLiteral("rowId"), EntityKind::Row }, { QStringLiteral("rackId"), EntityKind::Rack },
            { QStringLiteral("feedA"), EntityKind::PowerNode }, { QStringLiteral("feedB"), EntityKind::PowerNode },
            { QStringLiteral("feedId"), EntityKind::PowerNode }, { QStringLiteral("fromId"), EntityKind::PowerNode },
            { QStringLiteral("toId"), EntityKind::PowerNode }, { QStringLiteral("scenarioId"), EntityKind::Scenario },
            { QStringLiteral("loopId"), EntityKind::CoolantLoop },
            { QStringLiteral("facilityLoopId"), EntityKind::CoolantLoop },
            { QStringLiteral("cduId"), EntityKind::CoolingUnit },
            { QStringLiteral("coolingUnitId"), EntityKind::CoolingUnit } };
        const auto it = kinds.find(field);
        return it == kinds.end() ? QString::number(id) : of(it->second, id);
    }

private:
    QString baseName(const Hall &e) const { return e.name; }
    QString baseName(const Row &e) const { return name(EntityKind::Hall, e.hallId) + QStringLiteral(" / ") + e.name; }
    QString baseName(const Rack &e) const { return e.name; }
    QString baseName(const MountedDevice &e) const
    {
        const Rack *rack = mPlan.find<Rack>(e.rackId);
        return (rack ? rack->name : QString()) + QStringLiteral(" / U%1").arg(e.positionU)
            + (e.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.label));
    }
    QString baseName(const CoolingUnit &e) const { return e.name; }
    QString baseName(const PowerNode &e) const { return e.name; }
    QString baseName(const PowerLink &e) const
    {
        const PowerNode *from = mPlan.find<PowerNode>(e.fromId);
        const PowerNode *to = mPlan.find<PowerNode>(e.toId);
        return (from ? from->name : QString()) + QStringLiteral(" -> ") + (to ? to->name : QString());
    }
    QString baseName(const Obstacle &e) const
    {
        return name(EntityKind::Hall, e.hallId)
            + QStringLiteral(" / %1 (%2; %3)")
                  .arg(Labels::of(e.kind), QLocale().toString(e.xM, 'f', 2), QLocale().toString(e.yM, 'f', 2));
    }
    QString baseName(const Scenario &e) const { return e.name; }
    QString baseName(const Label &e) const
    {
        return name(EntityKind::Hall, e.hallId) + QStringLiteral(" / \"%1\"").arg(e.text);
    }
    QString baseName(const SiteWeather &e) const { return e.name; }
    QString baseName(const Underlay &e) const
    {
        return name(EntityKind::Hall, e.hallId) + QStringLiteral(" / ") + e.name;
    }
    QString baseName(const Phase &e) const
    {
        return name(EntityKind::Scenario, e.scenarioId) + QStringLiteral(" / ") + e.name;
    }
    QString baseName(const CoolantLoop &e) const { return e.name; }
    QString baseName(const LoopRejection &e) const
    {
        return name(EntityKind::CoolantLoop, e.loopId) + QStringLiteral(" / ")
            + name(EntityKind::CoolingUnit, e.coolingUnitId);
    }
    QString baseName(const LoopRack &e) const
    {
        return name(EntityKind::CoolantLoop, e.loopId) + QStringLiteral(" / ") + name(EntityKind::Rack, e.rackId);
    }
    QString name(EntityKind kind, Id id) const
    {
        // Halls and scenarios come before the entities that name them (storage order).
        const auto it = mNames.find({ kind, id });
        return it == mNames.end() ? QString() : it->second;
    }

    const Plan &mPlan;
    std::map<std::pair<EntityKind, Id>, QString> mNames;
};

template <class T>
std::vector<FieldChange> fieldChanges(const T &a, const T &b, const std::vector<FieldDef<T>> &fields,
    const Names &namesA, const Names &namesB, bool skipKey)
{
    std::vector<FieldChange> changes;
    for (std::size_t i = skipKey ? 1 : 0; i < fields.size(); ++i) {
        const FieldDef<T> &f = fields[i];
        QString before;
        QString after;
        if (f.type == FieldType::EntityId) {
            before = namesA.referenced(f.name, f.get(a).toLongLong());
            after = namesB.referenced(f.name, f.get(b).toLongLong());
        } else {
            if (f.get(a) == f.get(b))
                continue;
            before = valueText(f.get(a), f.type, f.enumValues);
            after = valueText(f.get(b), f.type, f.enumValues);
        }
        if (before != after)
            changes.push_back({ f.name, Labels::field<T>(f.name).withUnit(), before, after });
    }
    return changes;
}

std::vector<FigureChange> keyFigures(
    const Plan &a, const Plan &b, const ProjectionInputs &pa, const ProjectionInputs &pb)
{
    struct Figures {
        PlanSummary summary;
        PowerAnalysis power;
        ComplianceReport compliance;
        std::optional<double> pue;  ///< projected, else declared; none when neither
    };
    auto compute = [](const Plan &plan, const ProjectionInputs &projections) {
        Figures f { summarize(plan), PowerAnalyzer::analyze(plan), ComplianceChecker::run(plan, projections, Review {}),
            projections.energy ? std::optional<double>(projections.energy->annualPueP50) : plan.site().pueTarget };
        return f;
    };
    const Figures fa = compute(a, pa);
    const Figures fb = compute(b, pb);
    auto worstUnserved = [](const PowerAnalysis &p) {
        return p.worstIndex >= 0 ? p.contingencies[std::size_t(p.worstIndex)].unservedKw : 0.0;
    };
    std::vector<FigureChange> figures {
        { QStringLiteral("gpus"), double(fa.summary.gpuCount), double(fb.summary.gpuCount), 0 },
        { QStringLiteral("racks"), double(fa.summary.rackCount), double(fb.summary.rackCount), 0 },
        { QStringLiteral("devices"), double(fa.summary.deviceCount), double(fb.summary.deviceCount), 0 },
        { QStringLiteral("nameplateItKw"), fa.summary.nameplateItKw, fb.summary.nameplateItKw, 1 },
        { QStringLiteral("typicalItKw"), fa.summary.typicalItKw, fb.summary.typicalItKw, 1 },
        { QStringLiteral("availabilityClass"), double(fa.power.availability.supportedClass),
            double(fb.power.availability.supportedClass), 0 },
        { QStringLiteral("worstUnservedKw"), worstUnserved(fa.power), worstUnserved(fb.power), 1 },
        { QStringLiteral("checksFailed"), double(fa.compliance.count(CheckStatus::Fail)),
            double(fb.compliance.count(CheckStatus::Fail)), 0 },
        { QStringLiteral("checksNotAssessable"), double(fa.compliance.count(CheckStatus::NotAssessable)),
            double(fb.compliance.count(CheckStatus::NotAssessable)), 0 },
    };
    // A PUE that neither plan states has no figure to compare: the site's fields say "not declared".
    if (fa.pue && fb.pue)
        figures.insert(figures.begin() + 5, { QStringLiteral("pue"), *fa.pue, *fb.pue, 3 });
    return figures;
}

}  // namespace

PlanDiff PlanDiffer::compare(
    const Plan &a, const Plan &b, const ProjectionInputs &projectionsA, const ProjectionInputs &projectionsB)
{
    PlanDiff diff;
    const Names namesA(a);
    const Names namesB(b);
    diff.site = fieldChanges(a.site(), b.site(), siteFields(), namesA, namesB, false);

    forEachEntityType([&]<class T>() {
        using Key = typename EntityTraits<T>::Key;
        constexpr EntityKind kind = EntityTraits<T>::kind;
        auto nameOf = [&](const Names &names, const T &e) {
            if constexpr (std::is_same_v<Key, Id>)
                return names.of(kind, e.id);
            else
                return e.key;
        };
        auto idOf = [](const T &e) {
            if constexpr (std::is_same_v<Key, Id>)
                return e.id;
            else
                return kNoId;
        };
        std::map<QString, const T *> left;
        std::map<QString, const T *> right;
        for (const auto &[key, e] : a.template all<T>())
            left[nameOf(namesA, e)] = &e;
        for (const auto &[key, e] : b.template all<T>())
            right[nameOf(namesB, e)] = &e;
        for (const auto &[name, e] : left) {
            const auto other = right.find(name);
            if (other == right.end()) {
                diff.entities.push_back({ kind, name, EntityChange::Kind::Removed, {}, idOf(*e), kNoId });
                continue;
            }
            auto fields = fieldChanges(*e, *other->second, EntityTraits<T>::fields(), namesA, namesB, true);
            if (!fields.empty())
                diff.entities.push_back(
                    { kind, name, EntityChange::Kind::Changed, std::move(fields), idOf(*e), idOf(*other->second) });
        }
        for (const auto &[name, e] : right) {
            if (!left.count(name))
                diff.entities.push_back({ kind, name, EntityChange::Kind::Added, {}, kNoId, idOf(*e) });
        }
    });
    diff.figures = keyFigures(a, b, projectionsA, projectionsB);
    return diff;
}

}  // namespace rw
