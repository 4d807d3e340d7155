// SPDX-License-Identifier: GPL-3.0-or-later
#include "underlayedits.h"

#include "i18n/oneline.h"
#include "planbatch.h"
#include "underlay/columnfinder.h"
#include "underlay/dxfreader.h"
#include "underlay/pagerenderer.h"
#include "underlay/underlaygeometry.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

constexpr double kPictureMetresPerPixel = 0.01;
/// A vector page is taken as a 1:100 plan until it is scaled by two points: a pixel at the rendering's
/// resolution is 0.0254 m / dpi on paper, 100 times that in the hall.
constexpr double kPageScale = 100.0;

QString pngBase64(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}

}  // namespace

EditResult UnderlayEdits::import(
    PlanEditor &editor, Id hallId, const QByteArray &bytes, const QString &fileName, int pdfPage)
{
    if (!editor.plan().find<Hall>(hallId))
        return EditResult::refused(tr("Choose a hall for the underlay first."));
    Underlay underlay;
    underlay.hallId = hallId;
    underlay.name = oneLine(QFileInfo(fileName).fileName()).left(field::kNameLength);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("dxf")) {
        std::vector<QLineF> segments;
        QString error;
        if (!DxfReader::read(bytes, underlay.name, &segments, &error))
            return EditResult::refused(error);
        underlay.format = UnderlayFormat::Dxf;
        underlay.content = UnderlayGeometry::formatSegments(segments);
        underlay.flipY = true;
        underlay.metresPerUnit = 1.0;
        // The drawing's north-west corner (least x, greatest y) on the hall's: it starts in view, not kilometres
        // away where the architect's coordinates put it.
        double minX = segments.front().x1(), maxY = segments.front().y1();
        for (const QLineF &s : segments) {
            minX = std::min({ minX, s.x1(), s.x2() });
            maxY = std::max({ maxY, s.y1(), s.y2() });
        }
        underlay.originXM = -minX * underlay.metresPerUnit;
        underlay.originYM = maxY * underlay.metresPerUnit;
    } else if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        underlay.format = suffix == QLatin1String("png") ? UnderlayFormat::Png : UnderlayFormat::Jpeg;
        QImage image;
        if (!image.loadFromData(bytes, underlay.format == UnderlayFormat::Png ? "PNG" : "JPEG"))
            return EditResult::refused(
                tr("%1 is not a readable %2 picture.")
                    .arg(underlay.name,
                        underlay.format == UnderlayFormat::Png ? QStringLiteral("PNG") : QStringLiteral("JPEG")));
        underlay.content = QString::fromLatin1(bytes.toBase64());
        underlay.flipY = false;
        underlay.metresPerUnit = kPictureMetresPerPixel;
    } else if (suffix == QLatin1String("svg") || suffix == QLatin1String("pdf")) {
        QImage page;
        QString error;
        const bool drawn = suffix == QLatin1String("svg")
            ? PageRenderer::renderSvg(bytes, underlay.name, PageRenderer::kDefaultDpi, &page, &error)
            : PageRenderer::renderPdf(bytes, underlay.name, pdfPage, PageRenderer::kDefaultDpi, &page, &error);
        if (!drawn)
            return EditResult::refused(oneLine(error));
        if (suffix == QLatin1String("pdf"))
            underlay.name = tr("%1, page %2").arg(underlay.name).arg(pdfPage).left(field::kNameLength);
        underlay.format = UnderlayFormat::Png;
        underlay.content = pngBase64(page);
        underlay.flipY = false;
        // The resolution the page was drawn at (a large page coarser), so that the 1:100 guess holds.
        underlay.metresPerUnit = kPageScale / page.dotsPerMeterX();
    } else {
        return EditResult::refused(
            tr("%1: underlays are read from DXF, SVG, PDF, PNG or JPEG files.").arg(underlay.name));
    }
    if (underlay.content.size() > field::kUnderlayContentLength)
        return EditResult::refused(tr("%1 is too large for an underlay.").arg(underlay.name));
    PlanBatch batch(editor, tr("Import underlay %1").arg(underlay.name));
    batch.add(underlay);
    EditResult result = batch.commit();
    if (result.ok)
        result.id = underlay.id;
    return result;
}

namespace {

EditResult change(PlanEditor &editor, Id underlayId, const QString &text, const auto &edit, bool mergeable = false)
{
    const Underlay *found = editor.plan().find<Underlay>(underlayId);
    if (!found)
        return EditResult::refused(UnderlayEdits::tr("The underlay does not exist any more."));
    Underlay changed = *found;
    if (const QString why = edit(changed); !why.isEmpty())
        return EditResult::refused(why);
    if (changed == *found)
        return EditResult::refused(UnderlayEdits::tr("Nothing to change."));
    PlanBatch batch(editor, text);
    batch.update(changed, mergeable);
    return batch.commit(mergeable ? QStringLiteral("underlay-opacity-%1").arg(underlayId) : QString());
}

}  // namespace

EditResult UnderlayEdits::scaleByTwoPoints(PlanEditor &editor, Id underlayId, QPointF a, QPointF b, double distanceM)
{
    return change(editor, underlayId, tr("Scale underlay"), [&](Underlay &u) {
        const std::optional<Underlay> scaled = UnderlayGeometry::scaledByTwoPoints(u, a, b, distanceM);
        if (!scaled)
            return tr("Pick two different points and a distance above zero.");
        u = *scaled;
        return QString();
    });
}

EditResult UnderlayEdits::moveTo(PlanEditor &editor, Id underlayId, QPointF originM)
{
    return change(editor, underlayId, tr("Move underlay"), [&](Underlay &u) {
        u.originXM = originM.x(), u.originYM = originM.y();
        return QString();
    });
}

EditResult UnderlayEdits::setOpacity(PlanEditor &editor, Id underlayId, double opacity)
{
    return change(
        editor, underlayId, tr("Underlay opacity"),
        [&](Underlay &u) {
            if (!(opacity >= 0.0 && opacity <= 1.0))
                return tr("The opacity runs from 0 to 1.");
            u.opacity = opacity;
            return QString();
        },
        true);
}

EditResult UnderlayEdits::remove(PlanEditor &editor, Id underlayId)
{
    if (!editor.plan().find<Underlay>(underlayId))
        return EditResult::refused(tr("The underlay does not exist any more."));
    PlanBatch batch(editor, tr("Remove underlay"));
    batch.remove<Underlay>(underlayId);
    return batch.commit();
}

EditResult UnderlayEdits::traceWalls(PlanEditor &editor, Id underlayId, double thicknessM, double minLengthM)
{
    const Underlay *underlay = editor.plan().find<Underlay>(underlayId);
    if (!underlay)
        return EditResult::refused(tr("The underlay does not exist any more."));
    if (underlay->format != UnderlayFormat::Dxf)
        return EditResult::refused(tr("Walls can be traced from the lines of a DXF drawing, not from a picture."));
    const Hall *hall = editor.plan().find<Hall>(underlay->hallId);
    std::vector<QLineF> segments;
    QString error;
    if (!hall || !UnderlayGeometry::parseSegments(underlay->content, &segments, &error))
        return EditResult::refused(error.isEmpty() ? tr("The underlay's hall does not exist.") : error);
    const QRectF hallRect(0, 0, hall->widthM, hall->depthM);
    const double tolerance = std::tan(1.0 * 3.14159265358979323846 / 180.0);
    PlanBatch batch(editor, tr("Trace walls from underlay"));
    int walls = 0;
    for (const QLineF &s : segments) {
        const QPointF a = UnderlayGeometry::toHall(*underlay, s.p1());
        const QPointF b = UnderlayGeometry::toHall(*underlay, s.p2());
        const double dx = std::abs(b.x() - a.x()), dy = std::abs(b.y() - a.y());
        const bool alongX = dy <= dx * tolerance, alongY = dx <= dy * tolerance;
        if (!(alongX || alongY) || std::max(dx, dy) < minLengthM)
            continue;
        QRectF box = alongX ? QRectF(std::min(a.x(), b.x()), (a.y() + b.y()) / 2 - thicknessM / 2, dx, thicknessM)
                            : QRectF((a.x() + b.x()) / 2 - thicknessM / 2, std::min(a.y(), b.y()), thicknessM, dy);
        box = box.intersected(hallRect);
        if (box.width() < 0.01 || box.height() < 0.01)
            continue;
        Obstacle wall;
        wall.hallId = hall->id;
        wall.kind = ObstacleKind::Wall;
        wall.xM = box.center().x(), wall.yM = box.center().y(), wall.widthM = box.width(), wall.depthM = box.height();
        if (!batch.add(wall))
            break;
        ++walls;
    }
    if (walls == 0 && !batch.failed())
        return EditResult::refused(
            tr("No straight line of the drawing along the hall's axes is long enough for a wall."));
    return batch.commit();
}

EditResult UnderlayEdits::traceColumns(PlanEditor &editor, Id underlayId, double minSideM, double maxSideM)
{
    const Underlay *underlay = editor.plan().find<Underlay>(underlayId);
    if (!underlay)
        return EditResult::refused(tr("The underlay does not exist any more."));
    if (underlay->format != UnderlayFormat::Dxf)
        return EditResult::refused(tr("Columns can be traced from the lines of a DXF drawing, not from a picture."));
    if (!(minSideM > 0.0 && maxSideM >= minSideM && std::isfinite(maxSideM)))
        return EditResult::refused(tr("A column's smallest side must lie above 0 and not above its largest."));
    const Hall *hall = editor.plan().find<Hall>(underlay->hallId);
    std::vector<QLineF> segments;
    QString error;
    if (!hall || !UnderlayGeometry::parseSegments(underlay->content, &segments, &error))
        return EditResult::refused(error.isEmpty() ? tr("The underlay's hall does not exist.") : error);
    for (QLineF &s : segments)
        s = QLineF(UnderlayGeometry::toHall(*underlay, s.p1()), UnderlayGeometry::toHall(*underlay, s.p2()));
    const QRectF hallRect(0, 0, hall->widthM, hall->depthM);
    PlanBatch batch(editor, tr("Trace columns from underlay"));
    int columns = 0;
    for (const QRectF &box : ColumnFinder::find(segments, minSideM, maxSideM)) {
        if (!hallRect.contains(box))
            continue;
        const bool known = std::any_of(
            editor.plan().all<Obstacle>().begin(), editor.plan().all<Obstacle>().end(), [&](const auto &entry) {
                const Obstacle &o = entry.second;
                return o.hallId == hall->id && o.kind == ObstacleKind::Column
                    && std::hypot(o.xM - box.center().x(), o.yM - box.center().y()) < 0.01;
            });
        if (known)
            continue;
        Obstacle column;
        column.hallId = hall->id;
        column.kind = ObstacleKind::Column;
        column.xM = box.center().x(), column.yM = box.center().y();
        column.widthM = box.width(), column.depthM = box.height();
        if (!batch.add(column))
            break;
        ++columns;
    }
    if (columns == 0 && !batch.failed())
        return EditResult::refused(
            tr("The drawing has no closed figure inside the hall that is a new column of that size."));
    return batch.commit();
}

}  // namespace rw
