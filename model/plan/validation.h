// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace rw {

struct Finding {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    EntityKind kind = EntityKind::Site;
    QVariant key;  ///< the entity the finding is about; invalid for "...and N more" summaries
    QString message;  ///< translated, names the entity
    std::int64_t unlisted = 0;  ///< a summary ("...and N more like this"): the N findings it stands for
};

/// Checks that hold across fields and entities (the per-field ranges are checked by FieldCheck).
/// Errors make a plan inconsistent (a device in a rack that does not exist, two devices in one U);
/// warnings are legal but worth a look (a rack over its power budget).
///
/// Every check is linear or works on sorted data (O(n log n)); checks over pairs (overlapping devices,
/// racks) count their pairs without building them. Each kind of finding is listed up to a limit, and one
/// more finding says how many more of that kind there are.
class PlanValidator {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanValidator)
public:
    static constexpr std::size_t kMaxListedPerKind = 100;

    static std::vector<Finding> validate(const Plan &plan, std::size_t maxListedPerKind = kMaxListedPerKind);
    /// The first error, or nothing: what opening and importing refuse a plan for. Stops there and skips
    /// the checks that only warn, and the AC/DC mismatches (DcChecks), which edits may leave behind.
    static std::optional<Finding> firstError(const Plan &plan);

    /// Errors only, for one device placed at its position in its rack (ignores the device's own id).
    static std::vector<Finding> checkDevicePlacement(const Plan &plan, const MountedDevice &device);
    /// Errors of every device in a rack (placement and overlaps), each kind listed up to the limit.
    static std::vector<Finding> checkDevicesInRack(
        const Plan &plan, Id rackId, std::size_t maxListedPerKind = kMaxListedPerKind);
    static std::vector<Finding> checkDeviceType(const DeviceType &type);
    /// Why a rack's feeds are not acceptable, translated, or nothing: both feeds from one node, feed A from a
    /// node of side B (or B from A), or both feeds from nodes of the same side. `changedNode` stands in for the
    /// stored node with its id (a node being edited).
    static QString checkRackFeeds(const Plan &plan, const Rack &rack, const PowerNode *changedNode = nullptr);

    static bool hasErrors(const std::vector<Finding> &findings);
};

}  // namespace rw
