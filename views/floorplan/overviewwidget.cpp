// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewwidget.h"

#include "floorplanview.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>

namespace rw {

OverviewWidget::OverviewWidget(FloorPlanView *view) : QWidget(view->viewport()), mView(view)
{
    setFixedSize(200, 130);
    setCursor(Qt::PointingHandCursor);
    mRenderTimer.setSingleShot(true);
    mRenderTimer.setInterval(150);
    connect(&mRenderTimer, &QTimer::timeout, this, &OverviewWidget::renderScene);
    connect(view->scene(), &QGraphicsScene::changed, &mRenderTimer, qOverload<>(&QTimer::start));
    connect(view, &FloorPlanView::viewChanged, this, &OverviewWidget::followView);
    mRenderTimer.start();
}

QRectF OverviewWidget::target() const
{
    // The scene's aspect ratio, centred in the widget.
    const QRectF scene = mView->scene()->sceneRect();
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double scale = std::min(area.width() / scene.width(), area.height() / scene.height());
    const QSizeF size(scene.width() * scale, scene.height() * scale);
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void OverviewWidget::renderScene()
{
    if (!mView->scene())
        return;
    mImage = QImage(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    mImage.setDevicePixelRatio(devicePixelRatioF());
    mImage.fill(Qt::transparent);
    QPainter painter(&mImage);
    painter.setRenderHint(QPainter::Antialiasing);
    mView->scene()->render(&painter, target(), mView->scene()->sceneRect());
    update();
}

void OverviewWidget::followView()
{
    if (!mView->scene())
        return;  // the scene is being destroyed: QGraphicsView drops it before it recalculates
    // Only useful while the view shows part of the hall; otherwise it would just cover the plan.
    const QRectF shown = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    const bool wanted = mEnabled && !shown.contains(mView->scene()->sceneRect().adjusted(1, 1, -1, -1));
    if (wanted && !isVisible())
        renderScene();
    setVisible(wanted);
    update();
}

void OverviewWidget::setEnabledByUser(bool enabled)
{
    mEnabled = enabled;
    followView();
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    if (!mView->scene())
        return;
    QPainter painter(this);
    painter.setPen(QColor(150, 150, 150));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    painter.drawImage(0, 0, mImage);
    // The part of the hall the view shows.
    const QRectF scene = mView->scene()->sceneRect();
    const QRectF t = target();
    const QRectF shown = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    const double sx = t.width() / scene.width();
    const double sy = t.height() / scene.height();
    const QRectF frame(t.left() + (shown.left() - scene.left()) * sx, t.top() + (shown.top() - scene.top()) * sy,
        shown.width() * sx, shown.height() * sy);
    painter.setPen(QPen(QColor(0, 120, 215), 2));
    painter.setBrush(QColor(0, 120, 215, 30));
    painter.drawRect(frame & QRectF(rect()));
}

void OverviewWidget::centreViewAt(QPointF widgetPos)
{
    const QRectF scene = mView->scene()->sceneRect();
    const QRectF t = target();
    mView->centerOn(scene.left() + (widgetPos.x() - t.left()) / t.width() * scene.width(),
        scene.top() + (widgetPos.y() - t.top()) / t.height() * scene.height());
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    centreViewAt(event->position());
    event->accept();
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
    event->accept();
}

}  // namespace rw
