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

/// Geometry checks of a hall's layout. Racks are checked against each other, obstacles (not perforated
/// tiles, which lie in the aisle by design) and cooling units. An aisle is the free space in front of and
/// behind a rack; racks standing back to back without a gap form no aisle.
class LayoutChecks {
    Q_DECLARE_TR_FUNCTIONS(rw::LayoutChecks)
public:
    static std::vector<LayoutIssue> check(const Plan &plan, Id hallId);
    /// Every hall.
    static std::vector<LayoutIssue> check(const Plan &plan);

    /// Gaps up to this are "touching": racks bolted together, rows back to back.
    static constexpr double kToleranceM = 0.01;
};

}  // namespace rw
