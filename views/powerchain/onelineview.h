// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace rw {

/// Shows the one-line diagram: the wheel zooms around the pointer, the middle button (or Space + left
/// button) pans, the left button selects (drag for a rubber band).
class OneLineView : public QGraphicsView {
    Q_OBJECT
public:
    explicit OneLineView(QGraphicsScene *scene, QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitAll();
    double zoom() const { return transform().m11(); }
    /// Whether the view keeps the whole chain in sight (until the user zooms or pans).
    bool autoFit() const { return mAutoFit; }
    void setAutoFit(bool on);

signals:
    /// A node was double-clicked.
    void nodeActivated(qint64 nodeId);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    bool mAutoFit = true;
    bool mPanning = false;
    bool mSpaceHeld = false;
    QPoint mLastPanPoint;
};

}  // namespace rw
