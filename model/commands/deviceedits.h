// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>

namespace rw {

/// Mounting devices from the catalogue: a type the plan does not hold yet is copied into the plan's
/// catalogue in the same undo step, so the plan stays self-contained.
class DeviceEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::DeviceEdits)
public:
    /// The type of that key: the plan's own, else the built-in catalogue's; nullptr when neither has it.
    static const DeviceType *findType(const Plan &plan, const QString &typeKey);
    /// Mounts one device with its lowest unit at positionU; one undo step.
    static EditResult mount(PlanEditor &editor, Id rackId, const QString &typeKey, int positionU);
    /// "Fill these racks with N x TYPE": into each rack's lowest free slots; all or nothing, one undo step.
    static EditResult fill(
        PlanEditor &editor, const std::vector<Id> &rackIds, const QString &typeKey, int countPerRack);
};

}  // namespace rw
