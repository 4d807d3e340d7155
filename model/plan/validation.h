#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QVariant>

namespace rw {

struct Finding {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    EntityKind kind = EntityKind::Site;
    QVariant key;  ///< the entity the finding is about
    QString message;  ///< translated, names the entity
};

/// Checks that hold across fields and entities (the per-field ranges are checked by FieldCheck).
/// Errors make a plan inconsistent (a device in a rack that does not exist, two devices in one U);
/// warnings are legal but worth a look (a rack over its power budget).
class PlanValidator {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanValidator)
public:
    static std::vector<Finding> validate(const Plan &plan);

    /// Errors only, for one device placed at its position in its rack (ignores the device's own id).
    static std::vector<Finding> checkDevicePlacement(const Plan &plan, const MountedDevice &device);
    static std::vector<Finding> checkDeviceType(const DeviceType &type);
    /// Why a rack's feeds are not acceptable, translated, or nothing: both feeds from one node, feed A from a
    /// node of side B (or B from A), or both feeds from nodes of the same side. `changedNode` stands in for the
    /// stored node with its id (a node being edited).
    static QString checkRackFeeds(const Plan &plan, const Rack &rack, const PowerNode *changedNode = nullptr);

    static bool hasErrors(const std::vector<Finding> &findings);
};

}  // namespace rw
