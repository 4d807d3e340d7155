// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QGraphicsRectItem>

namespace rw {

/// Shows one rack on the floor plan: footprint, intake side, a fill colour chosen by the scene's colour
/// mode, and a warning frame for layout problems. Positioned at the rack's centre. Displays the model;
/// owns none of it.
class RackItem : public QGraphicsRectItem {
public:
    static constexpr int kType = UserType + 1;
    /// The frame of a rack with a layout problem: this colour, this many pixels wide at any zoom.
    static inline const QColor kWarningColour { 220, 0, 0 };
    static constexpr int kWarningFramePx = 3;
    explicit RackItem(const Rack &rack);
    int type() const override { return kType; }
    Id rackId() const { return mRackId; }

    void setWarning(bool warning);
    bool hasWarning() const { return mWarning; }

    /// Green up to 70 % of a budget, through yellow to red at 100 %, purple above.
    static QColor colourForUse(double share);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateZ();

    Id mRackId;
    Facing mFacing;
    QString mName;
    bool mWarning = false;
};

}  // namespace rw
