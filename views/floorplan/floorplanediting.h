#pragma once

#include "commands/planeditor.h"
#include "planitemref.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace rw {

/// The floor plan's editing operations on a set of items (move, rotate, align, distribute, duplicate,
/// copy and paste, delete) of racks, cooling units, obstacles, power nodes and labels, each as ONE undo step through
/// PlanBatch. Refused edits change nothing and return the reason. Geometry only: what is allowed is decided by
/// PlanEditor's checks.
class FloorPlanEditing {
    Q_DECLARE_TR_FUNCTIONS(rw::FloorPlanEditing)
public:
    enum class Align { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

    explicit FloorPlanEditing(PlanEditor &editor) : mEditor(editor) { }

    /// mergeKey: successive moves with the same key form one undo step (arrow-key nudges).
    EditResult move(const std::vector<PlanItemRef> &items, QPointF deltaM, const QString &mergeKey = {});
    /// A quarter turn clockwise about the selection's centre; racks and units turn their fronts with it.
    EditResult rotate(const std::vector<PlanItemRef> &items);
    EditResult align(const std::vector<PlanItemRef> &items, Align how);
    /// Equal gaps between centres from the first to the last item along x or y (three or more items).
    EditResult distribute(const std::vector<PlanItemRef> &items, Qt::Orientation orientation);
    /// Removes the items; racks go with their devices, rows left empty with them. Power nodes that feed
    /// racks or cooling units are refused.
    EditResult remove(const std::vector<PlanItemRef> &items);

    /// Copies the items (racks with their devices) for paste(); copies values, so paste works after delete.
    void copy(const std::vector<PlanItemRef> &items);
    bool canPaste() const { return !mClipboard.empty(); }
    /// Adds copies of the clipboard moved by offsetM; `created` gets the new items.
    EditResult paste(QPointF offsetM, std::vector<PlanItemRef> *created);
    EditResult duplicate(const std::vector<PlanItemRef> &items, QPointF offsetM, std::vector<PlanItemRef> *created);

    /// Footprint of an item in hall metres; empty when it does not exist.
    QRectF bounds(const PlanItemRef &item) const;
    QRectF bounds(const std::vector<PlanItemRef> &items) const;

private:
    struct Copied {
        PlanItemRef ref;
        Rack rack;
        std::vector<MountedDevice> devices;
        CoolingUnit unit;
        Obstacle obstacle;
        PowerNode node;
        Label label;
    };
    /// Moves one item's centre to `centre` inside the batch (and turns it when `turn`).
    bool place(class PlanBatch &batch, const PlanItemRef &item, QPointF centre, bool turn);

    PlanEditor &mEditor;
    std::vector<Copied> mClipboard;
};

}  // namespace rw
