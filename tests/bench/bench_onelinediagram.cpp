// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the one-line diagram of the demo plan (128 power nodes, 360 racks) takes to lay out and
// to build as a scene, with and without the loads from the power analysis, and to paint once.
// A benchmark, not a test:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_onelinediagram [repetitions] [picture.png]
// With a picture name it also saves the whole diagram at full size, to look at.
#include "analysis/contingency.h"
#include "demo/demoplan.h"
#include "powerchain/onelinelayout.h"
#include "powerchain/onelinescene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void measure(const char *name, int repetitions, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s min %9.2f ms  median %9.2f ms  max %9.2f ms  (%d runs)\n", name, ms.front(), ms[ms.size() / 2],
        ms.back(), repetitions);
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    rw::Plan plan;
    rw::buildDemoPlan(plan);
    std::printf("demo plan: %zu power nodes, %zu power links, %zu racks (one thread)\n",
        plan.all<rw::PowerNode>().size(), plan.all<rw::PowerLink>().size(), plan.all<rw::Rack>().size());
    measure("one-line layout", repetitions, [&] { rw::OneLineLayout::build(plan); });
    rw::OneLineScene scene(plan);
    measure("one-line scene build, no loads", repetitions, [&] { scene.rebuild(); });
    const rw::PowerAnalysis analysis = rw::PowerAnalyzer::analyze(plan);
    measure("one-line scene build, with loads", repetitions, [&] { scene.setAnalysis(analysis); });
    std::printf("  (%zu items, scene %.0f x %.0f px)\n", std::size_t(scene.items().size()), scene.sceneRect().width(),
        scene.sceneRect().height());
    QImage image(1600, 400, QImage::Format_ARGB32_Premultiplied);
    measure("one-line paint, whole chain at 1600 x 400", repetitions, [&] {
        QPainter painter(&image);
        scene.render(&painter);
    });
    if (argc > 2) {
        QImage picture(scene.sceneRect().size().toSize(), QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter);
        painter.end();
        // A detail at full size as well: the left of side A, where the chain starts.
        QString detail = QString::fromLocal8Bit(argv[2]);
        detail.insert(detail.lastIndexOf(QLatin1Char('.')) < 0 ? detail.size() : detail.lastIndexOf(QLatin1Char('.')),
            QStringLiteral("-detail"));
        if (!picture.save(QString::fromLocal8Bit(argv[2])) || !picture.copy(0, 0, 1400, 850).save(detail)) {
            std::fprintf(stderr, "cannot write %s\n", argv[2]);
            return 1;
        }
    }
    return 0;
}
