// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entitytraits.h"

#include <QCoreApplication>

#include <type_traits>

namespace rw {

/// Translated label, unit and tooltip of a stored field.
struct FieldLabel {
    QString text;
    QString unit;  ///< e.g. "kW", empty for none
    QString tip;
    /// "Rating (kW)": for lists that show fields of several kinds side by side (Compare).
    QString withUnit() const;
};

/// The one place where the user-visible names of enum values, entity kinds and stored fields live,
/// for views, reports and the console program alike. Files use enumName() and field names instead;
/// those never reach the user.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(rw::Labels)
public:
    static QString of(DeviceCategory value);
    static QString of(Airflow value);
    static QString of(PowerInput value);
    static QString of(Facing value);
    static QString of(FloorType value);
    static QString of(Containment value);
    static QString of(RackCooling value);
    static QString of(CoolingKind value);
    static QString of(PowerNodeKind value);
    static QString of(FeedSide value);
    static QString of(ObstacleKind value);
    static QString of(Redundancy value);
    static QString of(AshraeClass value);
    static QString of(OperatorRole value);
    static QString of(CoolantLoopKind value);
    static QString of(CoolantKind value);
    static QString of(HeatRejectionKind value);
    static QString of(WeatherFormat value);
    static QString of(UnderlayFormat value);
    /// Singular name of an entity kind: "Rack", "Cooling unit".
    static QString of(EntityKind kind);

    /// Short names that fit inside a shape on the floor plan: "In-row", "Rear door".
    static QString shortOf(CoolingKind value);
    static QString shortOf(PowerNodeKind value);

    /// Label of an entity's field by its stored name ("maxPowerKw"). Never empty and never the stored
    /// name: a name without a label (a bug the tests catch) reads "(maxPowerKw)".
    static FieldLabel field(EntityKind entity, const QString &name);
    template <class T> static FieldLabel field(const QString &name)
    {
        if constexpr (std::is_same_v<T, Site>)
            return field(EntityKind::Site, name);
        else
            return field(EntityTraits<T>::kind, name);
    }
    /// Label of an enum field's value, from the field's list of stored names (FieldDef::enumValues)
    /// and the stored name of the value ("hot-aisle" -> "Hot aisle").
    static QString enumValue(const QStringList &names, const QString &value);

    /// Why the CUDA engine is not in use, from the engine's English reason.
    static QString engineStatus();
};

}  // namespace rw
