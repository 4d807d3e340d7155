#pragma once

#include "plan.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

/// A problem of the drawn layout of one hall: racks that collide, aisles narrower than the hall's
/// minimum, racks outside the hall.
struct LayoutIssue {
    enum class Kind { Overlap, NarrowAisle, OutsideHall };
    Kind kind = Kind::Overlap;
    Id rackId = kNoId;
    EntityKind otherKind = EntityKind::Rack;  ///< what it collides with or faces across a narrow aisle
    Id otherId = kNoId;  ///< kNoId: the hall's wall
    double clearanceM = 0.0;  ///< narrow aisles: the free width found
    QString message;  ///< translated, names the rack
};

/// Something on a hall's floor plan that stands (partly) outside the hall: a rack, a cooling unit, an
/// obstacle or perforated tile, or a power node. It stays in the plan and on the drawing, but it is
/// misplaced: a cooling unit outside does not cool the hall, and the thermal projection refuses the hall.
struct OutsideItem {
    EntityKind kind = EntityKind::Rack;
    Id id = kNoId;
    QString name;  ///< the rack's or unit's name, or the obstacle's kind (translated)
    QString message;  ///< translated, names the item and the hall
};

/// Geometry checks of a hall's layout. Racks are checked against each other, obstacles (not perforated
/// tiles, which lie in the aisle by design) and cooling units. An aisle is the free space in front of and
/// behind a rack; racks standing back to back without a gap form no aisle.
class LayoutChecks {
    Q_DECLARE_TR_FUNCTIONS(rw::LayoutChecks)
public:
    static std::vector<LayoutIssue> check(const Plan &plan, Id hallId);
    /// Every hall.
    static std::vector<LayoutIssue> check(const Plan &plan);

    /// Everything of the hall that stands (partly) outside it, racks first.
    static std::vector<OutsideItem> outsideHall(const Plan &plan, Id hallId);
    /// Every hall.
    static std::vector<OutsideItem> outsideHall(const Plan &plan);
    /// True when a footprint lies within the hall's floor (within kToleranceM).
    static bool standsInside(const Hall &hall, const QRectF &footprint);

    /// Gaps up to this are "touching": racks bolted together, rows back to back.
    static constexpr double kToleranceM = 0.01;
};

}  // namespace rw
