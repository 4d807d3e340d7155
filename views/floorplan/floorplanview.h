#pragma once

#include <QGraphicsView>

namespace rw {

class FloorPlanScene;

/// Zoom (wheel, Ctrl+plus/minus), pan (drag) and "fit hall" over a FloorPlanScene, with a legend.
class FloorPlanView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FloorPlanView(FloorPlanScene *scene, QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitHall();
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool mAutoFit = true;
};

}  // namespace rw
