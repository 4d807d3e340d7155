// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rw {

/// A program Rackwerk is built from or with, for the About dialog and the licence notes.
struct Component {
    QString name;
    QString version;  ///< as found in this build or at run time; empty where not known
    QString licence;  ///< SPDX expression
    QString use;  ///< translated: what Rackwerk uses it for
};

class Components {
    Q_DECLARE_TR_FUNCTIONS(rw::Components)
public:
    /// Rackwerk's own licence (SPDX).
    static QString licence() { return QStringLiteral("GPL-3.0-or-later"); }
    /// Every component of this build: Qt, SQLite, Boost, libxlsxwriter where built with it, the CUDA
    /// runtime where built with the CUDA engine, and the fonts that PDF reports embed.
    static std::vector<Component> all();
};

}  // namespace rw
