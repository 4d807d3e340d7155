// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinplans.h"

#include "demoplan.h"
#include "gigafactoryplan.h"

namespace rw {

namespace {

const struct {
    const char *name;
    void (*build)(Plan &);
} kPlans[] = { { "demo", buildDemoPlan }, { "gigafactory", buildGigafactoryPlan } };

}  // namespace

QStringList BuiltInPlans::names()
{
    QStringList out;
    for (const auto &p : kPlans)
        out << QString::fromLatin1(p.name);
    return out;
}

bool BuiltInPlans::isBuiltIn(const QString &name)
{
    return names().contains(name);
}

bool BuiltInPlans::build(const QString &name, Plan &plan)
{
    for (const auto &p : kPlans) {
        if (name == QLatin1String(p.name)) {
            p.build(plan);
            return true;
        }
    }
    return false;
}

}  // namespace rw
