// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QGraphicsRectItem>
#include <optional>

namespace rw {

/// Shows a cooling unit, obstacle, wall, perforated tile or power node on the floor plan: its footprint
/// centred on its position, a short caption ("CRAH", "PDU") when zoomed in, and for cooling units an
/// arrow in the supply direction.
class PlanShapeItem : public QGraphicsRectItem {
public:
    static constexpr int kType = UserType + 2;
    PlanShapeItem(const QRectF &footprint, const QString &caption, std::optional<Facing> supply = std::nullopt);
    int type() const override { return kType; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mCaption;
    std::optional<Facing> mSupply;
};

}  // namespace rw
