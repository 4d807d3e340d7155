#include "floorplanimage.h"

#include "floorplan/floorplanscene.h"

#include <QCoreApplication>
#include <QPainter>

namespace rw {

std::vector<ReportImage> renderFloorPlans(const Plan &plan, int widthPx)
{
    std::vector<ReportImage> images;
    FloorPlanScene scene(plan);
    for (const auto &[id, hall] : plan.all<Hall>()) {
        scene.setHall(id);
        const QRectF source = scene.itemsBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
        if (source.isEmpty())
            continue;
        const int heightPx = std::max(1, int(widthPx * source.height() / source.width()));
        QImage image(widthPx, std::min(heightPx, widthPx * 2), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
        painter.end();
        images.push_back({ QCoreApplication::translate("rw::ReviewReport", "Floor plan: %1").arg(hall.name), image });
    }
    return images;
}

}  // namespace rw
