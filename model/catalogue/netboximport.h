// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/devicetype.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace rw {

struct NetBoxImportResult {
    bool ok = false;
    DeviceType type;
    QString error;  ///< translated; names the line where there is one
    int line = 0;  ///< 1-based line of the error, 0 if it has none
    /// Translated notes on what the file does not say and was assumed: the user should review them.
    QStringList warnings;
};

/// A whole folder of the library (device-types/<Vendor>/*.yaml, any depth).
struct NetBoxFolderResult {
    std::vector<DeviceType> types;  ///< the files that could be read, in path order
    QStringList refusals;  ///< translated, one line each: "PATH: reason"
    int files = 0;
    int warnings = 0;  ///< assumptions made, summed over the files read
};

/// Reads one device type of the NetBox community device-type library
/// (github.com/netbox-community/devicetype-library, device-types/<Vendor>/<Model>.yaml).
/// NetBox records the physical facts (height, weight, airflow, power ports) but not what a
/// capacity plan also needs (category, idle and typical power, PSU redundancy): those are left
/// at safe defaults and each gets a warning. Values the catalogue would refuse are errors.
class NetBoxImport {
    Q_DECLARE_TR_FUNCTIONS(rw::NetBoxImport)
public:
    /// fileName only goes into the type's source; nothing is read from disk.
    static NetBoxImportResult fromYaml(const QByteArray &yaml, const QString &fileName);
    /// Reads every *.yaml and *.yml file below the folder. Two files with the same slug are refused.
    static NetBoxFolderResult fromFolder(const QString &folder);
    static constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;
};

}  // namespace rw
