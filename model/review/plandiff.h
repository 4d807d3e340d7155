// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectionsummaries.h"

#include "plan/entitytraits.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rw {

/// One field that differs between two versions of an entity, both values as readable text.
struct FieldChange {
    QString field;  ///< stored field name (see docs/plan-json.md), for files; never shown
    QString label;  ///< translated, with its unit: "Rating (kW)"
    QString before;
    QString after;
};

/// An entity added, removed or changed from plan A to plan B, matched by name (ids differ between
/// independently made plans).
struct EntityChange {
    enum class Kind { Added, Removed, Changed };
    EntityKind entity = EntityKind::Rack;
    QString name;  ///< e.g. "R01-05", "R01-05 / U11", "UPS A1 -> PDU A1"
    Kind change = Kind::Changed;
    std::vector<FieldChange> fields;  ///< for changed entities
    Id idA = kNoId;  ///< in plan A (removed, changed)
    Id idB = kNoId;  ///< in plan B (added, changed)
};

/// A key figure in both plans.
struct FigureChange {
    QString key;  ///< stable, e.g. "gpus"
    double a = 0.0;
    double b = 0.0;
    int decimals = 0;
};

struct PlanDiff {
    std::vector<FieldChange> site;
    std::vector<EntityChange> entities;
    std::vector<FigureChange> figures;
    bool identical() const { return site.empty() && entities.empty(); }
    int count(EntityChange::Kind kind) const;
};

class PlanDiffer {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanDiffer)
public:
    static PlanDiff compare(const Plan &a, const Plan &b, const ProjectionInputs &projectionsA = {},
        const ProjectionInputs &projectionsB = {});
    static QString entityName(EntityKind kind);  ///< translated, singular: "Rack"
    static QString changeName(EntityChange::Kind kind);  ///< translated: "added"
    static QString changeKey(EntityChange::Kind kind);  ///< "added", "removed", "changed"
    static QString entityKey(EntityKind kind);  ///< the JSON table name: "racks"
    static QString figureName(const QString &key);  ///< translated, with unit
};

}  // namespace rw
