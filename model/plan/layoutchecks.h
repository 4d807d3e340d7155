// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <set>
#include <vector>

namespace rw {

/// A problem of the drawn layout of one hall: racks that collide, aisles narrower than the hall's
/// minimum, racks outside the hall.
struct LayoutIssue {
    enum class Kind { Overlap, NarrowAisle, OutsideHall };
    static constexpr int kKinds = 3;
    Kind kind = Kind::Overlap;
    Id rackId = kNoId;
    EntityKind otherKind = EntityKind::Rack;  ///< what it collides with or faces across a narrow aisle
    Id otherId = kNoId;  ///< kNoId: the hall's wall
    double clearanceM = 0.0;  ///< narrow aisles: the free width found
    QString message;  ///< translated, names the rack
};

/// The layout issues found, at most a given number of each kind, with how many more there are.
struct LayoutReport {
    std::vector<LayoutIssue> issues;  ///< by kind, in order of the racks
    std::array<std::int64_t, LayoutIssue::kKinds> unlisted {};  ///< per kind: issues beyond the limit
    std::set<Id> racksWithIssues;  ///< every rack with an issue, listed or not

    std::int64_t unlistedOf(LayoutIssue::Kind kind) const { return unlisted[std::size_t(kind)]; }
    /// Listed and unlisted issues of a kind.
    std::int64_t total(LayoutIssue::Kind kind) const;
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
///
/// Every check works on sorted coordinates (O(n log n)), never pair by pair: 20,000 racks stacked on one
/// spot make 200 million overlapping pairs, which are counted but listed only up to the limit.
class LayoutChecks {
    Q_DECLARE_TR_FUNCTIONS(rw::LayoutChecks)
public:
    static constexpr std::size_t kMaxListedPerKind = 100;

    static LayoutReport check(const Plan &plan, Id hallId, std::size_t maxListedPerKind = kMaxListedPerKind);
    /// Every hall; the limit holds for the whole plan.
    static LayoutReport check(const Plan &plan, std::size_t maxListedPerKind = kMaxListedPerKind);

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
