// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QGraphicsItem>
#include <QImage>
#include <QLineF>

#include <optional>
#include <vector>

namespace rw {

/// Shows a CAD underlay under a hall's floor plan at its opacity: a DXF's line work or a picture, placed and
/// scaled as the underlay says. Only shows it: it cannot be selected or dragged, and changes come from the plan.
class UnderlayItem : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 20;
    explicit UnderlayItem(const Underlay &underlay);
    int type() const override { return kType; }

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The line work's nearest end point or point on a line within radiusM of atM (hall metres).
    std::optional<QPointF> snap(QPointF atM, double radiusM) const;

private:
    Underlay mUnderlay;
    std::vector<QLineF> mSegments;  ///< drawing units
    QVector<QLineF> mHallLines;  ///< in hall metres, for painting
    QImage mPicture;
    QRectF mBounds;
};

}  // namespace rw
