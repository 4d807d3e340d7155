// SPDX-License-Identifier: GPL-3.0-or-later
#include "newplan.h"

#include "plan/planfiller.h"

namespace rw {

void NewPlan::fill(Plan &plan, const QString &siteName, const QString &hallName)
{
    plan.clear();
    Site site;
    site.name = siteName;
    Hall hall;
    hall.id = plan.allocateId();
    hall.name = hallName;
    PlanFiller(plan).setSite(site).insert(hall);
}

}  // namespace rw
