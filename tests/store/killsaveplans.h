// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two plans killsave_writer saves in turn, shared with tst_killsave, which checks that a killed writer
// leaves one of them complete.

#include "demo/demoplan.h"
#include "plan/plan.h"
#include "plan/planfiller.h"

#include <QRegularExpression>

namespace killsave {

inline QString siteName(int saveNumber)
{
    return QStringLiteral("Kill test, save %1").arg(saveNumber);
}

/// The number of the save that wrote a plan, or 0 when the site name is not one the writer gives.
inline int saveNumberOf(const rw::Plan &plan)
{
    static const QRegularExpression pattern(QStringLiteral("^Kill test, save ([1-9][0-9]*)$"));
    const QRegularExpressionMatch match = pattern.match(plan.site().name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// The demo plan for even save numbers; for odd ones the demo without its first rack and that rack's devices,
/// so that the two differ in many rows of several tables, not only in the site name.
inline void buildPlan(rw::Plan &plan, int saveNumber)
{
    rw::buildDemoPlan(plan);
    if (saveNumber % 2 == 1) {
        const rw::Id firstRack = plan.all<rw::Rack>().begin()->first;
        std::vector<rw::Id> devices;
        for (const rw::MountedDevice *device : plan.devicesInRack(firstRack))
            devices.push_back(device->id);
        for (rw::Id device : devices)
            rw::PlanFiller(plan).take<rw::MountedDevice>(device);
        rw::PlanFiller(plan).take<rw::Rack>(firstRack);
    }
    rw::Site site = plan.site();
    site.name = siteName(saveNumber);
    rw::PlanFiller(plan).setSite(site);
}

}  // namespace killsave
