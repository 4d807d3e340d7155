// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceedits.h"

#include "catalogue/catalogue.h"
#include "plan/rackchecks.h"
#include "planbatch.h"

namespace rw {

const DeviceType *DeviceEdits::findType(const Plan &plan, const QString &typeKey)
{
    if (const DeviceType *own = plan.find<DeviceType>(typeKey))
        return own;
    return Catalogue::findBuiltIn(typeKey);
}

EditResult DeviceEdits::mount(PlanEditor &editor, Id rackId, const QString &typeKey, int positionU)
{
    const DeviceType *type = findType(editor.plan(), typeKey);
    if (!type)
        return EditResult::refused(tr("The device type %1 is in neither the plan nor the catalogue.").arg(typeKey));
    const DeviceType copy = *type;
    PlanBatch batch(editor, tr("Mount %1").arg(copy.model));
    if (!editor.plan().find<DeviceType>(typeKey)) {
        DeviceType added = copy;
        batch.add(added);
    }
    MountedDevice device;
    device.rackId = rackId;
    device.typeKey = typeKey;
    device.positionU = positionU;
    batch.add(device);
    EditResult result = batch.commit();
    if (result.ok)
        result.id = device.id;
    return result;
}

EditResult DeviceEdits::fill(
    PlanEditor &editor, const std::vector<Id> &rackIds, const QString &typeKey, int countPerRack)
{
    const DeviceType *type = findType(editor.plan(), typeKey);
    if (!type)
        return EditResult::refused(tr("The device type %1 is in neither the plan nor the catalogue.").arg(typeKey));
    if (rackIds.empty())
        return EditResult::refused(tr("Select the racks to fill first."));
    const DeviceType copy = *type;
    const RackFill fill = RackFill::plan(editor.plan(), rackIds, copy, countPerRack);
    if (!fill.error.isEmpty())
        return EditResult::refused(fill.error);
    PlanBatch batch(editor, tr("Fill %n rack(s) with %1", nullptr, int(rackIds.size())).arg(copy.model));
    if (!editor.plan().find<DeviceType>(typeKey)) {
        DeviceType added = copy;
        batch.add(added);
    }
    for (MountedDevice device : fill.devices)
        batch.add(device);
    return batch.commit();
}

}  // namespace rw
