// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackelevationview.h"

#include "catalogue/catalogue.h"
#include "commands/deviceedits.h"
#include "plan/validation.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace rw {
namespace {

constexpr double kMarginPx = 28;
constexpr double kGapPx = 36;
constexpr double kTitlePx = 22;

QColor deviceColour(const DeviceType &type)
{
    if (type.maxPowerW <= 0 && type.category == DeviceCategory::Other)
        return QColor(120, 120, 120);  // blanking panels and other passive parts
    switch (type.category) {
    case DeviceCategory::Compute:
        return QColor(90, 150, 90);
    case DeviceCategory::Network:
        return QColor(80, 130, 200);
    case DeviceCategory::Storage:
        return QColor(200, 150, 70);
    case DeviceCategory::Management:
        return QColor(150, 120, 190);
    case DeviceCategory::Power:
        return QColor(210, 90, 70);
    case DeviceCategory::Other:
        return QColor(150, 150, 150);
    }
    return QColor(150, 150, 150);
}

}  // namespace

RackElevationView::RackElevationView(const Plan &plan, QWidget *parent) : QWidget(parent), mPlan(plan)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(260, 300);
    connect(&plan, &Plan::entityChanged, this, qOverload<>(&QWidget::update));
    connect(&plan, &Plan::reset, this, [this] {
        if (!mPlan.find<Rack>(mRackId))
            setRack(kNoId);
        update();
    });
}

void RackElevationView::setRack(Id rackId)
{
    mRackId = rackId;
    mSelectedDevice = kNoId;
    mDragDevice = kNoId;
    mGhostHeightU = 0;
    update();
}

void RackElevationView::selectDevice(Id deviceId)
{
    mSelectedDevice = deviceId;
    emit deviceSelected(deviceId);
    update();
}

RackElevationView::Geometry RackElevationView::geometry() const
{
    Geometry g;
    const Rack *rack = mPlan.find<Rack>(mRackId);
    const int units = rack ? std::max(1, rack->heightU) : 42;
    const double columnWidth = std::max(80.0, (width() - 2 * kMarginPx - kGapPx) / 2.0);
    g.unitPx = std::max(6.0, (height() - kTitlePx - 12) / double(units));
    const double h = g.unitPx * units;
    g.front = QRectF(kMarginPx, kTitlePx, columnWidth, h);
    g.rear = QRectF(kMarginPx + columnWidth + kGapPx, kTitlePx, columnWidth, h);
    return g;
}

QRectF RackElevationView::unitsRect(const QRectF &column, int bottomU, int heightU) const
{
    const Geometry g = geometry();
    const Rack *rack = mPlan.find<Rack>(mRackId);
    const int units = rack ? rack->heightU : 42;
    const double top = column.top() + (units - (bottomU + heightU - 1)) * g.unitPx;
    return QRectF(column.left(), top, column.width(), heightU * g.unitPx);
}

int RackElevationView::unitAt(QPointF pos) const
{
    const Rack *rack = mPlan.find<Rack>(mRackId);
    if (!rack)
        return 0;
    const Geometry g = geometry();
    const bool inColumn = (pos.x() >= g.front.left() && pos.x() <= g.front.right())
        || (pos.x() >= g.rear.left() && pos.x() <= g.rear.right());
    if (!inColumn || pos.y() < g.front.top() || pos.y() >= g.front.bottom())
        return 0;
    return rack->heightU - int((pos.y() - g.front.top()) / g.unitPx);
}

QPointF RackElevationView::unitCentre(int u) const
{
    return unitsRect(geometry().front, u, 1).center();
}

Id RackElevationView::deviceAt(QPointF pos) const
{
    const int u = unitAt(pos);
    if (u == 0)
        return kNoId;
    for (const MountedDevice *device : mPlan.devicesInRack(mRackId)) {
        const DeviceType *type = mPlan.find<DeviceType>(device->typeKey);
        if (type && type->heightU > 0 && u >= device->positionU && u < device->positionU + type->heightU)
            return device->id;
    }
    return kNoId;
}

int RackElevationView::dropUnit(QPointF pos, int heightU) const
{
    // The unit under the pointer becomes the device's top unit, so that it lands where it is drawn.
    const int u = unitAt(pos);
    if (u == 0)
        return 0;
    return std::max(1, u - std::max(1, heightU) + 1);
}

void RackElevationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const Rack *rack = mPlan.find<Rack>(mRackId);
    if (!rack) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Select one rack on the floor plan (or double-click it) to see its elevation."));
        return;
    }
    const Geometry g = geometry();
    QFont small = font();
    small.setPixelSize(std::clamp(int(g.unitPx * 0.75), 8, 12));
    painter.setFont(small);
    std::vector<bool> taken(std::size_t(rack->heightU) + 2, false);
    for (const MountedDevice *device : mPlan.devicesInRack(mRackId)) {
        const DeviceType *type = mPlan.find<DeviceType>(device->typeKey);
        for (int u = 0; type && u < type->heightU; ++u) {
            if (device->positionU + u <= rack->heightU)
                taken[std::size_t(device->positionU + u)] = true;
        }
    }
    for (const auto &[column, title] : { std::pair { g.front, tr("Front") }, std::pair { g.rear, tr("Rear") } }) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(column.left(), 0, column.width(), kTitlePx), Qt::AlignCenter, title);
        painter.fillRect(column, QColor(45, 45, 48));
        // Units: numbers at the side, open front units hatched.
        for (int u = 1; u <= rack->heightU; ++u) {
            const QRectF r = unitsRect(column, u, 1);
            if (!taken[std::size_t(u)] && column == g.front)
                painter.fillRect(r.adjusted(2, 1, -2, -1), QBrush(QColor(200, 80, 60, 90), Qt::BDiagPattern));
            painter.setPen(QColor(90, 90, 90));
            painter.drawLine(r.bottomLeft(), r.bottomRight());
            if (u % 2 == 1 || g.unitPx >= 12) {
                painter.setPen(palette().color(QPalette::Text));
                painter.drawText(QRectF(column.left() - kMarginPx + 2, r.top(), kMarginPx - 6, r.height()),
                    Qt::AlignRight | Qt::AlignVCenter, QString::number(u));
            }
        }
        for (const MountedDevice *device : mPlan.devicesInRack(mRackId)) {
            const DeviceType *type = mPlan.find<DeviceType>(device->typeKey);
            if (!type)
                continue;
            const bool rear = column == g.rear;
            if (type->heightU == 0) {
                // Vertical PDUs and other 0 U parts: a strip at the rear's side.
                if (rear) {
                    const QRectF strip(column.right() - 8, column.top() + 4, 6, column.height() - 8);
                    painter.fillRect(strip, deviceColour(*type));
                }
                continue;
            }
            QRectF r = unitsRect(column, device->positionU, type->heightU).adjusted(3, 1, -3, -1);
            const bool visible = !rear || type->fullDepth;
            if (device->id == mDragDevice)
                painter.setOpacity(0.35);
            if (visible) {
                painter.fillRect(r, deviceColour(*type));
                painter.setPen(Qt::white);
                painter.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    device->label.isEmpty() ? Catalogue::modelText(*type) : device->label);
            } else {
                painter.setPen(QPen(QColor(120, 120, 120), 1, Qt::DotLine));
                painter.drawRect(r);
            }
            painter.setOpacity(1.0);
            if (device->id == mSelectedDevice) {
                painter.setPen(QPen(QColor(0, 160, 255), 3));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(r);
            }
        }
        if (mGhostHeightU > 0 && mGhostBottomU > 0) {
            const QRectF r = unitsRect(column, mGhostBottomU, mGhostHeightU).adjusted(2, 0, -2, 0);
            painter.setPen(QPen(mGhostFits ? QColor(0, 200, 120) : QColor(230, 40, 40), 2, Qt::DashLine));
            painter.setBrush(mGhostFits ? QColor(0, 200, 120, 60) : QColor(230, 40, 40, 60));
            painter.drawRect(r);
        }
    }
}

void RackElevationView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    const Id hit = deviceAt(event->position());
    selectDevice(hit);
    if (hit != kNoId && mEditor && event->button() == Qt::LeftButton) {
        const MountedDevice *device = mPlan.find<MountedDevice>(hit);
        mDragDevice = hit;
        mDragGrabOffsetU = unitAt(event->position()) - device->positionU;
    }
}

void RackElevationView::mouseMoveEvent(QMouseEvent *event)
{
    if (mDragDevice == kNoId)
        return;
    const MountedDevice *device = mPlan.find<MountedDevice>(mDragDevice);
    const DeviceType *type = device ? mPlan.find<DeviceType>(device->typeKey) : nullptr;
    if (!type) {
        mDragDevice = kNoId;
        return;
    }
    const int u = unitAt(event->position());
    mGhostHeightU = type->heightU;
    mGhostBottomU = u == 0 ? 0 : std::max(1, u - mDragGrabOffsetU);
    MountedDevice moved = *device;
    moved.positionU = mGhostBottomU;
    mGhostFits = mGhostBottomU > 0 && !PlanValidator::hasErrors(PlanValidator::checkDevicePlacement(mPlan, moved));
    update();
}

void RackElevationView::mouseReleaseEvent(QMouseEvent *)
{
    const Id dragged = std::exchange(mDragDevice, kNoId);
    const int bottom = std::exchange(mGhostBottomU, 0);
    mGhostHeightU = 0;
    update();
    const MountedDevice *device = dragged == kNoId ? nullptr : mPlan.find<MountedDevice>(dragged);
    if (!device || !mEditor || bottom == 0 || bottom == device->positionU)
        return;
    MountedDevice moved = *device;
    moved.positionU = bottom;
    const EditResult result = mEditor->update(moved);
    if (!result.ok)
        emit editRefused(result.error);
}

void RackElevationView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        removeSelectedDevice();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RackElevationView::removeSelectedDevice()
{
    if (!mEditor || mSelectedDevice == kNoId)
        return;
    const EditResult result = mEditor->removeDevice(mSelectedDevice);
    if (!result.ok)
        emit editRefused(result.error);
    selectDevice(kNoId);
}

void RackElevationView::dragEnterEvent(QDragEnterEvent *event)
{
    if (mEditor && mPlan.find<Rack>(mRackId) && event->mimeData()->hasFormat(QString::fromLatin1(kDeviceTypeMime)))
        event->acceptProposedAction();
}

void RackElevationView::dragMoveEvent(QDragMoveEvent *event)
{
    const QString key = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kDeviceTypeMime)));
    const DeviceType *type = DeviceEdits::findType(mPlan, key);
    if (!type) {
        event->ignore();
        return;
    }
    mGhostHeightU = std::max(1, type->heightU);
    mGhostBottomU = dropUnit(event->position(), type->heightU);
    mGhostFits = mGhostBottomU > 0;
    event->acceptProposedAction();
    update();
}

void RackElevationView::dragLeaveEvent(QDragLeaveEvent *)
{
    mGhostHeightU = 0;
    update();
}

void RackElevationView::dropEvent(QDropEvent *event)
{
    const QString key = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kDeviceTypeMime)));
    if (dropDeviceType(key, event->position()))
        event->acceptProposedAction();
}

bool RackElevationView::dropDeviceType(const QString &typeKey, QPointF pos)
{
    const DeviceType *type = DeviceEdits::findType(mPlan, typeKey);
    const int bottom = type ? dropUnit(pos, type->heightU) : 0;
    mGhostHeightU = 0;
    update();
    if (!type || bottom == 0 || !mEditor)
        return false;
    const EditResult result = DeviceEdits::mount(*mEditor, mRackId, typeKey, bottom);
    if (!result.ok) {
        emit editRefused(result.error);
        return false;
    }
    selectDevice(result.id);
    return true;
}

}  // namespace rw
