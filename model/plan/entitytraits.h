// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

#include <vector>

namespace rw {

enum class EntityKind { Site, DeviceType, Hall, Obstacle, Row, Rack, Device, CoolingUnit, PowerNode, PowerLink,
                        Scenario, Phase, Label, CoolantLoop, LoopRejection, LoopRack, Weather, Underlay };

/// Per entity type: its key, where it is stored (SQLite table and JSON array of the same name),
/// and its fields. The first field is the key.
template <class T>
struct EntityTraits;

#define RW_ENTITY_TRAITS(Type, KeyType, Kind, tableName, keyMember)                 \
    template <>                                                                     \
    struct EntityTraits<Type> {                                                     \
        using Key = KeyType;                                                        \
        static constexpr EntityKind kind = EntityKind::Kind;                        \
        static constexpr const char *table = tableName;                             \
        static Key keyOf(const Type &e) { return e.keyMember; }                     \
        static void setKey(Type &e, const Key &k) { e.keyMember = k; }              \
        static const std::vector<FieldDef<Type>> &fields();                         \
    };

RW_ENTITY_TRAITS(DeviceType, QString, DeviceType, "deviceTypes", key)
RW_ENTITY_TRAITS(Hall, Id, Hall, "halls", id)
RW_ENTITY_TRAITS(Obstacle, Id, Obstacle, "obstacles", id)
RW_ENTITY_TRAITS(Row, Id, Row, "rows", id)
RW_ENTITY_TRAITS(Rack, Id, Rack, "racks", id)
RW_ENTITY_TRAITS(MountedDevice, Id, Device, "devices", id)
RW_ENTITY_TRAITS(CoolingUnit, Id, CoolingUnit, "coolingUnits", id)
RW_ENTITY_TRAITS(PowerNode, Id, PowerNode, "powerNodes", id)
RW_ENTITY_TRAITS(PowerLink, Id, PowerLink, "powerLinks", id)
RW_ENTITY_TRAITS(Scenario, Id, Scenario, "scenarios", id)
RW_ENTITY_TRAITS(Phase, Id, Phase, "phases", id)
RW_ENTITY_TRAITS(Label, Id, Label, "labels", id)
RW_ENTITY_TRAITS(CoolantLoop, Id, CoolantLoop, "coolantLoops", id)
RW_ENTITY_TRAITS(LoopRejection, Id, LoopRejection, "loopRejections", id)
RW_ENTITY_TRAITS(LoopRack, Id, LoopRack, "loopRacks", id)
RW_ENTITY_TRAITS(SiteWeather, Id, Weather, "weather", id)
RW_ENTITY_TRAITS(Underlay, Id, Underlay, "underlays", id)

#undef RW_ENTITY_TRAITS

/// The site is a single record; it has fields but no key.
const std::vector<FieldDef<Site>> &siteFields();

/// Calls f(EntityTraits<T>{} tag, T{} ) for every keyed entity type, in storage order (referenced
/// types before the types that reference them).
template <class F>
void forEachEntityType(F &&f)
{
    f.template operator()<DeviceType>();
    f.template operator()<Hall>();
    f.template operator()<Obstacle>();
    f.template operator()<Row>();
    f.template operator()<PowerNode>();
    f.template operator()<PowerLink>();
    f.template operator()<Rack>();
    f.template operator()<MountedDevice>();
    f.template operator()<CoolingUnit>();
    f.template operator()<Scenario>();
    f.template operator()<Phase>();
    f.template operator()<Label>();
    f.template operator()<CoolantLoop>();
    f.template operator()<LoopRejection>();
    f.template operator()<LoopRack>();
    f.template operator()<SiteWeather>();
    f.template operator()<Underlay>();
}

}  // namespace rw
