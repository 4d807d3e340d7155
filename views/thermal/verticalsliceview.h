// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "thermalslice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace rw {

/// A vertical cut through the temperature field of a run: along x (a plane of constant y) or along y
/// (constant x), at a position chosen with the slider; floor at the bottom, ceiling at the top.
class VerticalSliceView : public QWidget {
    Q_OBJECT
public:
    explicit VerticalSliceView(QWidget *parent = nullptr);

    /// Shows the fields of a run (copied); empty fields clear the view.
    void setFields(const engine::ThermalFields &fields, const TemperatureScale &scale);
    /// axis 0 = plane of constant x, 1 = plane of constant y.
    void setPlane(int axis, float positionM);
    int axis() const;
    float positionM() const;
    const QImage &image() const { return mImage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    class Canvas;
    void retranslate();
    void refresh();

    engine::ThermalFields mFields;
    TemperatureScale mScale;
    QImage mImage;
    QComboBox *mAxis;
    QSlider *mPosition;
    QLabel *mPositionLabel;
    Canvas *mCanvas;
};

}  // namespace rw
