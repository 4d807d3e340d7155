// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace rw {

class FloorPlanView;

/// A small picture of the whole hall in a corner of the floor plan, with the part the view shows framed;
/// clicking or dragging in it moves the view there. The picture is re-rendered shortly after the scene
/// changes, not on every frame.
class OverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit OverviewWidget(FloorPlanView *view);
    /// The user's choice; the overview also hides while the whole hall is in view.
    void setEnabledByUser(bool enabled);
    bool isEnabledByUser() const { return mEnabled; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void renderScene();
    void followView();
    QRectF target() const;
    void centreViewAt(QPointF widgetPos);

    FloorPlanView *mView;
    QImage mImage;
    QTimer mRenderTimer;
    bool mEnabled = true;
};

}  // namespace rw
