// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsession.h"

#include "mainwindow.h"

#include <QFileInfo>
#include <QSettings>

namespace rw {
namespace {
const QString kGeometry = QStringLiteral("session/geometry");
const QString kDockLayout = QStringLiteral("session/dockLayout");
const QString kPlan = QStringLiteral("session/plan");
const QString kPlanReadOnly = QStringLiteral("session/planReadOnly");
}  // namespace

void WindowSession::save(const MainWindow &window)
{
    QSettings settings;
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kDockLayout, window.dockLayout());
    const bool planFile = !window.isStartPageShown() && !window.planPath().isEmpty();
    settings.setValue(kPlan, planFile ? QFileInfo(window.planPath()).absoluteFilePath() : QString());
    settings.setValue(kPlanReadOnly, window.isReadOnly());
}

void WindowSession::restoreLayout(MainWindow &window)
{
    const QSettings settings;
    // Both refuse data they cannot read (another Qt, another layout version) and leave the window as it is.
    window.restoreGeometry(settings.value(kGeometry).toByteArray());
    window.restoreDockLayout(settings.value(kDockLayout).toByteArray());
}

QString WindowSession::lastPlanPath()
{
    return QSettings().value(kPlan).toString();
}

bool WindowSession::reopenLastPlan(MainWindow &window)
{
    const QString path = lastPlanPath();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return false;  // moved or deleted since: start as without a last plan
    return window.openPlan(path, QSettings().value(kPlanReadOnly).toBool());
}

}  // namespace rw
