#pragma once

#include "plan/devicetype.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

struct CatalogueReport {
    bool ok = false;
    QString error;
    std::vector<DeviceType> types;
};

/// The device catalogue that ships with Rackwerk (resources/catalogue/devices.json), and catalogue
/// files in the same format. Plans copy the types they use, so a plan file stays self-contained.
class Catalogue {
    Q_DECLARE_TR_FUNCTIONS(rw::Catalogue)
public:
    static const std::vector<DeviceType> &builtIn();
    static const DeviceType *findBuiltIn(const QString &key);
    static CatalogueReport fromBytes(const QByteArray &bytes);
};

}  // namespace rw
