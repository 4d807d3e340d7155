#pragma once

#include "plan/entities.h"
#include "plan/rackmetrics.h"

#include <QGraphicsRectItem>

namespace rw {

/// Shows one rack on the floor plan: footprint, intake side, colour by power use against its budget.
/// Displays the model; owns none of it.
class RackItem : public QGraphicsRectItem {
public:
    static constexpr int kType = UserType + 1;
    RackItem(const Rack &rack, const RackMetrics &metrics);
    int type() const override { return kType; }
    Id rackId() const { return mRackId; }

    static QColor colourForUse(double share);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Id mRackId;
    Facing mFacing;
};

}  // namespace rw
