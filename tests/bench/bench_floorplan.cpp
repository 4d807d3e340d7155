// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the floor plan takes on the demo plan (360 racks): building the scene, and one frame
// of the view at full view (the whole hall fitted) while panning and zooming, rendered offscreen into a
// QImage as the screen would get it. A benchmark, not a test: run it on a quiet machine.
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_floorplan [frames] [width height]
#include "demo/demoplan.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void report(const char *name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-48s min %7.2f ms  median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%zu runs)\n", name, ms.front(),
        ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back(), ms.size());
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;
    const int width = argc > 3 ? std::atoi(argv[2]) : 1280;
    const int height = argc > 3 ? std::atoi(argv[3]) : 800;

    rw::Plan plan;
    rw::buildDemoPlan(plan);
    rw::FloorPlanScene scene(plan);
    const rw::Id hallId = plan.all<rw::Hall>().begin()->first;
    std::vector<double> build;
    for (int i = 0; i < 10; ++i)
        build.push_back(timed([&] { scene.setHall(hallId); }));
    std::printf("demo plan: %zu racks, %lld items on the floor plan, view %d x %d px\n",
        plan.racksInHall(hallId).size(), static_cast<long long>(scene.items().size()), width, height);
    report("scene build (items, colours, layout checks)", build);

    rw::FloorPlanView view(&scene);
    view.resize(width, height);
    view.show();
    view.fitHall();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto frame = [&] {
        QPainter painter(&image);
        view.render(&painter, QRectF(), view.viewport()->rect());
    };
    frame();  // warm-up: fonts, glyph caches

    std::vector<double> still, pan, zoom, full;
    for (int i = 0; i < frames; ++i)
        still.push_back(timed(frame));
    report("frame, whole hall in view", still);
    // Pan: zoomed to 3x the fitted scale, sweep across the hall.
    view.zoomBy(3.0);
    for (int i = 0; i < frames; ++i) {
        view.centerOn(
            scene.sceneRect().left() + scene.sceneRect().width() * (i % 50) / 50.0, scene.sceneRect().center().y());
        pan.push_back(timed(frame));
    }
    report("frame while panning (3x zoom)", pan);
    // Zoom: in and out around the centre, between whole hall and about 8 racks across.
    view.fitHall();
    for (int i = 0; i < frames; ++i) {
        view.zoomBy((i / 20) % 2 == 0 ? 1.15 : 1.0 / 1.15);
        zoom.push_back(timed(frame));
    }
    report("frame while zooming", zoom);
    // Everything selected and badged: the heaviest overlays.
    view.fitHall();
    std::map<rw::Id, QString> badges;
    std::vector<rw::Id> all;
    for (const rw::Rack *rack : plan.racksInHall(hallId)) {
        badges[rack->id] = QStringLiteral("+3");
        all.push_back(rack->id);
    }
    scene.setRackBadges(badges);
    scene.selectRacks(all);
    for (int i = 0; i < frames / 4; ++i)
        full.push_back(timed(frame));
    report("frame, all racks selected and badged", full);
    return 0;
}
