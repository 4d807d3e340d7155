// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planeditor.h"

#include <QWidget>

namespace rw {

/// Front and rear view of one rack, unit by unit. Devices are dropped in from the catalogue list (MIME type
/// kDeviceTypeMime holding a type key), dragged to other units, and removed with Delete. Empty units
/// show hatched at the front (open to recirculation); half-depth devices and blanking panels only show at
/// the front; 0 U devices (vertical PDUs) at the rear's sides.
class RackElevationView : public QWidget {
    Q_OBJECT
public:
    static constexpr const char *kDeviceTypeMime = "application/x-rackwerk-device-type";

    explicit RackElevationView(const Plan &plan, QWidget *parent = nullptr);
    void setEditor(PlanEditor *editor) { mEditor = editor; }
    void setRack(Id rackId);
    Id rack() const { return mRackId; }
    Id selectedDevice() const { return mSelectedDevice; }
    void selectDevice(Id deviceId);
    void removeSelectedDevice();

    /// What a drop of a catalogue entry at `pos` does: mounts the type with its top unit at the unit under
    /// `pos`. Returns whether it was mounted; a refusal is reported through editRefused().
    bool dropDeviceType(const QString &typeKey, QPointF pos);

    /// The rack unit under a point in widget coordinates, or 0 outside the rack.
    int unitAt(QPointF pos) const;
    /// Centre of the front view's unit `u`, in widget coordinates (for tests and drop targets).
    QPointF unitCentre(int u) const;

    QSize sizeHint() const override { return { 420, 640 }; }

signals:
    void editRefused(const QString &reason);
    void deviceSelected(rw::Id deviceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Geometry {
        QRectF front;
        QRectF rear;
        double unitPx = 10;
    };
    Geometry geometry() const;
    QRectF unitsRect(const QRectF &column, int bottomU, int heightU) const;
    Id deviceAt(QPointF pos) const;
    int dropUnit(QPointF pos, int heightU) const;

    const Plan &mPlan;
    PlanEditor *mEditor = nullptr;
    Id mRackId = kNoId;
    Id mSelectedDevice = kNoId;
    // Drag state: a device being moved, or a catalogue type hovering.
    Id mDragDevice = kNoId;
    int mDragGrabOffsetU = 0;
    int mGhostBottomU = 0;
    int mGhostHeightU = 0;
    bool mGhostFits = true;
};

}  // namespace rw
