// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>

class QUndoStack;

namespace rw {

struct EditResult {
    bool ok = false;
    QString error;  ///< translated; set when the edit was refused and nothing changed
    Id id = kNoId;  ///< the new entity's id, for additions

    static EditResult refused(const QString &why) { return {false, why, kNoId}; }
    static EditResult done(Id id = kNoId) { return {true, {}, id}; }
};

/// The one way to change a plan: every edit is checked first and then pushed as one undo step (an UndoGroup,
/// assembled by PlanBatch).
/// An edit that would break the plan (a negative power, a device that does not fit) is refused with a
/// reason and changes nothing; values are never adjusted silently.
class PlanEditor {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanEditor)
public:
    PlanEditor(Plan &plan, QUndoStack &stack);

    Plan &plan() { return mPlan; }
    QUndoStack &undoStack() { return mStack; }

    EditResult setSite(const Site &site);

    /// Adds an entity; a keyed entity with id 0 gets a fresh id.
    template <class T>
    EditResult add(T entity);
    /// Replaces the entity with the same key. mergeable: successive edits of one entity (a drag) merge.
    template <class T>
    EditResult update(const T &entity, bool mergeable = false);

    EditResult mountDevice(Id rackId, const QString &typeKey, int positionU, const QString &label = {});
    /// Removes racks with their devices, as one undo step.
    EditResult removeRacks(const std::vector<Id> &rackIds);
    EditResult removeDevice(Id deviceId);
    EditResult removeDeviceType(const QString &key);
    /// Adds or replaces catalogue entries in the plan, as one undo step.
    EditResult importDeviceTypes(const std::vector<DeviceType> &types);

    // The power chain.
    /// `fromId` feeds `toId`: refused for a link that exists already or would close a loop.
    EditResult connectPower(Id fromId, Id toId);
    /// Removes links, as one undo step.
    EditResult removePowerLinks(const std::vector<Id> &linkIds);
    /// Removes nodes with their links, and further links, as one undo step; racks and cooling units the
    /// nodes fed lose that feed.
    EditResult removePowerNodes(const std::vector<Id> &nodeIds, const std::vector<Id> &linkIds = {});
    /// Connects feed A or B of racks to a node (kNoId disconnects), as one undo step.
    EditResult feedRacks(const std::vector<Id> &rackIds, FeedSide side, Id nodeId);
    /// Connects feed A or B of each rack to its node (kNoId disconnects), as one undo step; refused as a
    /// whole if one rack's feeds would be wrong.
    EditResult feedRacks(const std::vector<std::pair<Id, Id>> &rackAndNode, FeedSide side);
    /// Connects a cooling unit to the node that feeds it (kNoId disconnects).
    EditResult feedCoolingUnit(Id unitId, Id nodeId);

    /// Field ranges and references of one entity, as the store and the JSON import check them.
    template <class T>
    QString check(const T &entity) const;
    QString checkSite(const Site &site) const;

private:
    template <class T>
    QString checkFields(const T &entity) const;
    QString checkReferences(const Hall &) const { return {}; }
    QString checkReferences(const DeviceType &type) const;
    QString checkReferences(const Obstacle &obstacle) const;
    QString checkReferences(const Row &row) const;
    QString checkReferences(const Rack &rack) const;
    QString checkReferences(const MountedDevice &device) const;
    QString checkReferences(const CoolingUnit &unit) const;
    QString checkReferences(const PowerNode &node) const;
    QString checkReferences(const PowerLink &link) const;
    QString checkReferences(const Scenario &) const { return {}; }
    QString checkReferences(const Phase &phase) const;
    QString checkReferences(const Label &label) const;
    QString checkReferences(const CoolantLoop &loop) const;
    QString checkReferences(const LoopRejection &stage) const;
    QString checkReferences(const LoopRack &attachment) const;
    QString checkReferences(const SiteWeather &weather) const;
    QString checkReferences(const Underlay &underlay) const;

    Plan &mPlan;
    QUndoStack &mStack;
};

}  // namespace rw

// PlanBatch and the template members (planeditor_impl.h, included by planbatch.h) build on each other.
#include "planbatch.h"
