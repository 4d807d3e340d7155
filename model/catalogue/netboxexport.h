// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <map>

namespace rw {

/// The plan as NetBox's bulk import takes it (docs/netbox.md): CSV files for sites, locations (halls),
/// rack roles... in the order they are imported, and the plan's device types in the YAML of the
/// community device-type library (device-types/<Manufacturer>/<slug>.yaml), which NetBox imports and
/// NetBoxImport reads back. Everything is written with status "planned".
class NetBoxExport {
    Q_DECLARE_TR_FUNCTIONS(rw::NetBoxExport)
public:
    /// Relative path -> file content.
    static std::map<QString, QByteArray> files(const Plan &plan);
    /// One device type in the library's YAML.
    static QByteArray deviceTypeYaml(const DeviceType &type);
    /// NetBox's slug of a name ("Hall 1" -> "hall-1").
    static QString slug(const QString &name);
};

}  // namespace rw
