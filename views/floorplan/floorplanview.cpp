#include "floorplanview.h"

#include "floorplanscene.h"
#include "rackitem.h"

#include <QWheelEvent>

namespace rw {

FloorPlanView::FloorPlanView(FloorPlanScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setToolTip(QString());
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (mAutoFit)
            fitHall();
    });
}

double FloorPlanView::zoom() const
{
    return transform().m11();
}

void FloorPlanView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 2.0 || next > 2000.0)  // pixels per metre
        return;
    scale(factor, factor);
    mAutoFit = false;
}

void FloorPlanView::fitHall()
{
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    mAutoFit = true;
}

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // The hall stays fitted while the window is laid out and resized, until the user zooms.
    if (mAutoFit)
        fitHall();
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void FloorPlanView::drawForeground(QPainter *painter, const QRectF &)
{
    // The legend sits in the viewport's corner, independent of zoom.
    painter->save();
    painter->resetTransform();
    const QStringList labels{tr("Empty"), tr("< 50 % of budget"), tr("75 %"), tr("100 %"), tr("Over budget")};
    const QList<QColor> colours{QColor(235, 235, 235), RackItem::colourForUse(0.4), RackItem::colourForUse(0.75),
                                RackItem::colourForUse(1.0), RackItem::colourForUse(1.1)};
    const QFontMetrics metrics(font());
    int width = metrics.horizontalAdvance(tr("Rack power use"));
    for (const QString &label : labels)
        width = std::max(width, metrics.horizontalAdvance(label) + 22);
    const int lineHeight = metrics.height() + 2;
    const QRect box(viewport()->width() - width - 24, 8, width + 16, lineHeight * (int(labels.size()) + 1) + 10);
    painter->setPen(QColor(150, 150, 150));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRect(box);
    painter->setPen(Qt::black);
    painter->drawText(box.left() + 8, box.top() + 5 + metrics.ascent(), tr("Rack power use"));
    for (int i = 0; i < labels.size(); ++i) {
        const int y = box.top() + 5 + lineHeight * (i + 1);
        painter->fillRect(QRect(box.left() + 8, y + 2, 14, metrics.height() - 4), colours[i]);
        painter->drawText(box.left() + 30, y + metrics.ascent(), labels[i]);
    }
    painter->restore();
}

}  // namespace rw
