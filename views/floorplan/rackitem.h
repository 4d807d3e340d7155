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
    explicit RackItem(const Rack &rack);
    int type() const override { return kType; }
    Id rackId() const { return mRackId; }

    void setWarning(bool warning);
    bool hasWarning() const { return mWarning; }

    /// Green up to 70 % of a budget, through yellow to red at 100 %, purple above.
    static QColor colourForUse(double share);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Id mRackId;
    Facing mFacing;
    QString mName;
    bool mWarning = false;
};

}  // namespace rw
