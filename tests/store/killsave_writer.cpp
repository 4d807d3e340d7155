// SPDX-License-Identifier: GPL-3.0-or-later
// Saves two plans in turn to one path, as fast as it can, until it is killed. After each save it prints
// "saved N" (N counts from 1), so that tst_killsave knows which saves are complete.

#include "killsaveplans.h"
#include "plan/planfiller.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: killsave_writer PLAN\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    rw::Plan evenPlan;
    killsave::buildPlan(evenPlan, 0);
    rw::Plan oddPlan;
    killsave::buildPlan(oddPlan, 1);

    // Gives up on its own after a minute, so that a test that fails to kill it leaves nothing running.
    QElapsedTimer running;
    running.start();
    for (int saveNumber = 1; running.elapsed() < 60000; ++saveNumber) {
        rw::Plan &plan = saveNumber % 2 == 1 ? oddPlan : evenPlan;
        rw::Site site = plan.site();
        site.name = killsave::siteName(saveNumber);
        rw::PlanFiller(plan).setSite(site);
        const rw::SaveReport saved = rw::PlanStore::save(plan, path);
        if (!saved.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error));
            return 1;
        }
        std::printf("saved %d\n", saveNumber);
        std::fflush(stdout);
    }
    return 0;
}
