// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QGraphicsItem>

namespace rw {

/// Shows a text label on the floor plan, true to scale: a line of text is the label's heightM tall on the
/// floor at any zoom, centred on its position and turned clockwise by its rotation.
class LabelItem : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 3;
    explicit LabelItem(const Label &label);
    int type() const override { return kType; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Width and height of the unturned text in metres (LabelGeometry::textSizeM()).
    static QSizeF textSizeM(const Label &label);
    /// The rectangle the turned text covers in hall metres (LabelGeometry::footprint()).
    static QRectF footprint(const Label &label);

private:
    QString mText;
    double mScale;  ///< metres per font pixel
    QRectF mTextRect;  ///< in font pixels, centred on the origin
};

}  // namespace rw
