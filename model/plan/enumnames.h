// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QStringList>

#include <array>
#include <string_view>

namespace rw {

/// The stable names an enum's values have in files (JSON and SQLite). Never translated, never
/// reordered: files written by older versions must keep their meaning.
template <class E>
struct EnumNames;

#define RW_ENUM_NAMES(Enum, ...)                                       \
    template <>                                                        \
    struct EnumNames<Enum> {                                           \
        static constexpr std::array<std::string_view, std::size({__VA_ARGS__})> names{__VA_ARGS__}; \
    };

RW_ENUM_NAMES(Facing, "north", "east", "south", "west")
RW_ENUM_NAMES(FloorType, "raised-floor", "slab")
RW_ENUM_NAMES(Containment, "none", "hot-aisle", "cold-aisle")
RW_ENUM_NAMES(RackCooling, "air", "liquid", "hybrid")
RW_ENUM_NAMES(AshraeClass, "A1", "A2", "A3", "A4", "H1")
RW_ENUM_NAMES(CoolingKind, "crah", "fan-wall", "in-row", "rear-door", "cdu", "chiller", "dry-cooler",
              "water-heat-exchanger")
RW_ENUM_NAMES(PowerNodeKind, "utility-feed", "generator", "transformer", "ups", "switchboard", "pdu", "busway", "rpp",
    "rack-pdu", "rectifier", "dc-busway")
RW_ENUM_NAMES(FeedSide, "none", "A", "B")
RW_ENUM_NAMES(ObstacleKind, "column", "wall", "obstacle", "perforated-tile")
RW_ENUM_NAMES(Redundancy, "N", "N+1", "N+2", "2N", "distributed-redundant")
RW_ENUM_NAMES(WeatherFormat, "hourly-csv", "epw", "dwd-try")
RW_ENUM_NAMES(UnderlayFormat, "dxf", "png", "jpeg")
RW_ENUM_NAMES(OperatorRole, "data-centre-operator", "colocation-operator", "it-operator")
RW_ENUM_NAMES(CoolantLoopKind, "facility-water", "technology")
RW_ENUM_NAMES(CoolantKind, "water", "pg25")
RW_ENUM_NAMES(HeatRejectionKind, "dry-cooler", "chiller", "cooling-tower", "heat-reuse")
RW_ENUM_NAMES(DeviceCategory, "compute", "network", "storage", "management", "power", "other")
RW_ENUM_NAMES(Airflow, "front-to-rear", "rear-to-front", "passive", "liquid-only")
RW_ENUM_NAMES(PowerInput, "ac", "dc-800", "ac-or-dc-800")

#undef RW_ENUM_NAMES

template <class E>
QString enumName(E value)
{
    const auto &names = EnumNames<E>::names;
    const auto index = static_cast<std::size_t>(value);
    if (index >= names.size())
        return {};
    return QString::fromLatin1(names[index].data(), qsizetype(names[index].size()));
}

template <class E>
bool enumFromName(const QString &text, E *out)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == QLatin1String(names[i].data(), qsizetype(names[i].size()))) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

template <class E>
QStringList enumNameList()
{
    QStringList list;
    for (auto name : EnumNames<E>::names)
        list << QString::fromLatin1(name.data(), qsizetype(name.size()));
    return list;
}

}  // namespace rw
