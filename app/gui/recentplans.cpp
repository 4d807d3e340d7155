// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentplans.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace rw {
namespace {

const QString kKey = QStringLiteral("recentPlans");

void store(const QVector<RecentPlans::Entry> &entries)
{
    QVariantList list;
    for (const RecentPlans::Entry &e : entries)
        list << QVariantMap { { QStringLiteral("path"), e.path }, { QStringLiteral("readOnly"), e.readOnly } };
    QSettings().setValue(kKey, list);
}

}  // namespace

QVector<RecentPlans::Entry> RecentPlans::entries()
{
    QVector<Entry> out;
    for (const QVariant &v : QSettings().value(kKey).toList()) {
        const QVariantMap map = v.toMap();
        const QString path = map.value(QStringLiteral("path")).toString();
        if (!path.isEmpty() && out.size() < kMaxEntries)
            out.push_back({ path, map.value(QStringLiteral("readOnly")).toBool() });
    }
    return out;
}

void RecentPlans::remember(const QString &path, bool readOnly)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QVector<Entry> list = entries();
    list.removeIf([&absolute](const Entry &e) { return e.path == absolute; });
    list.prepend({ absolute, readOnly });
    if (list.size() > kMaxEntries)
        list.resize(kMaxEntries);
    store(list);
}

void RecentPlans::forget(const QString &path)
{
    QVector<Entry> list = entries();
    list.removeIf([&path](const Entry &e) { return e.path == path; });
    store(list);
}

}  // namespace rw
