// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/devicetype.h"

#include <QCoreApplication>

#include <map>
#include <utility>
#include <vector>

namespace rw {

struct CatalogueReport {
    bool ok = false;
    QString error;
    std::vector<DeviceType> types;
    /// German texts of a type, from "modelDe", "sourceDe" and "notesDe" (optional in a catalogue).
    struct GermanTexts {
        QString model;  ///< only where the model name describes rather than names ("1U blanking panel")
        QString source;
        QString notes;
    };
    std::map<QString, GermanTexts> german;
};

/// The device catalogue that ships with Rackwerk (resources/catalogue/devices.json), and catalogue
/// files in the same format. Plans copy the types they use, so a plan file stays self-contained.
class Catalogue {
    Q_DECLARE_TR_FUNCTIONS(rw::Catalogue)
public:
    static const std::vector<DeviceType> &builtIn();
    static const DeviceType *findBuiltIn(const QString &key);
    static CatalogueReport fromBytes(const QByteArray &bytes);
    /// A device type's source and notes in the language of the interface: the built-in catalogue has
    /// them in English and German; a text that differs from the catalogue's (a user's) stays as it is.
    static QString sourceText(const DeviceType &type);
    static QString notesText(const DeviceType &type);
    /// The model name as shown: a built-in type's German name where the catalogue has one.
    static QString modelText(const DeviceType &type);
};

}  // namespace rw
