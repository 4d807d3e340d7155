// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace rw {

/// The plans opened or saved last, newest first, kept in QSettings ("recentPlans").
class RecentPlans {
public:
    struct Entry {
        QString path;  ///< absolute
        bool readOnly = false;  ///< opened for review last time
    };
    static constexpr int kMaxEntries = 8;

    static QVector<Entry> entries();
    /// Puts the plan first (once); older entries beyond kMaxEntries drop off.
    static void remember(const QString &path, bool readOnly);
    static void forget(const QString &path);
};

}  // namespace rw
