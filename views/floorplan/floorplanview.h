// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/arrangeedits.h"
#include "commands/planclipboard.h"
#include "plan/entities.h"
#include "plan/planitemref.h"
#include "tools/floortoolstate.h"

#include <QGraphicsView>

#include <memory>
#include <optional>

class QLineEdit;

namespace rw {

class FloorPlanScene;
class OverviewWidget;
class PlanEditor;

/// What a left-button drag on the floor plan does; each tool is a FloorToolState registered in
/// tools/floortools.cpp. HallOutline drags the hall's east edge, south edge or south-east corner to change
/// its width and depth.
enum class FloorTool {
    Select,
    Row,
    Wall,
    Column,
    Obstacle,
    PerforatedTile,
    CoolingUnit,
    PowerNode,
    Label,
    HallOutline,
    UnderlayScale
};

/// Settings of the drawing tools.
struct DrawOptions {
    int rackTemplate = 0;  ///< index into DrawingDefaults::rackTemplates()
    Facing facing = Facing::North;  ///< fronts of new rows
    Containment containment = Containment::HotAisle;
    CoolingKind coolingKind = CoolingKind::Crah;
    PowerNodeKind powerKind = PowerNodeKind::Pdu;
};

/// The floor-plan editor over a FloorPlanScene: true-to-scale metric canvas with grid, rulers, an overview
/// and a colour legend; zoom (wheel, pinch, keys, fit hall) and pan (middle button, or Space + drag);
/// tools to draw rows of racks, walls, columns, obstacles, perforated tiles, cooling units and power nodes,
/// and to place text labels (click, type, Enter; double-click or F2 edits a label's text in place); the hall
/// outline tool resizes the hall by its east and south edges (one undo step on release, Escape cancels);
/// select by click and rubber band, move by dragging (one undo step on release), nudge with the arrow keys
/// (Shift: 1 m), and the edits of ArrangeEdits, RemovalEdits and PlanClipboard. Without an editor (read-only plans) it only shows.
class FloorPlanView : public QGraphicsView, private FloorToolHost {
    Q_OBJECT
public:
    explicit FloorPlanView(FloorPlanScene *scene, QWidget *parent = nullptr);
    ~FloorPlanView() override;

    FloorPlanScene *planScene() const override { return mScene; }
    /// nullptr: view only.
    void setEditor(PlanEditor *editor);
    PlanEditor *editor() const override { return mEditor; }

    void setTool(FloorTool tool);
    FloorTool tool() const { return mTool; }
    DrawOptions &drawOptions() override { return mOptions; }
    void setSnapping(bool on) { mSnapping = on; }
    bool snapping() const override { return mSnapping; }
    /// Snapping step for positions: 0.1 m (the grid of the drawn racks' centres is the rack pitch).
    static constexpr double kSnapM = 0.1;
    QPointF snapped(QPointF sceneM) const override;

    void zoomBy(double factor);
    void fitHall();
    double zoom() const;
    void setOverviewVisible(bool visible);
    bool overviewVisible() const;

    // Edits of the selection, each one undo step; a refusal is reported through editRefused().
    void deleteSelection();
    void rotateSelection();
    void nudgeSelection(QPointF deltaM);
    void duplicateSelection();
    void copySelection();
    void paste();
    void alignSelection(ArrangeEdits::Align how);
    void distributeSelection(Qt::Orientation orientation);
    void selectAll();
    /// Opens the in-place editor for the text of a label on this hall's plan (Enter applies, Escape cancels).
    void editLabelText(Id labelId);
    /// The in-place label text editor while it is open, else nullptr.
    QLineEdit *labelEditor() const { return mLabelEditor; }
    /// What the gesture under way would do, as the status overlay shows it ("Hall 24.6 x 18.0 m ..."); empty
    /// when none is under way.
    QString gestureText() const { return mGestureText; }

signals:
    void toolChanged(rw::FloorTool tool);
    /// An edit was refused; the reason is translated.
    void editRefused(const QString &reason);
    /// The visible area changed (zoom, pan, resize).
    void viewChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // FloorToolHost: what the tools use of the view.
    QGraphicsView *graphicsView() override { return this; }
    void setGestureText(const QString &text, bool refused) override;
    void report(const EditResult &result) override;
    void refuse(const QString &reason) override;
    void selectAfterRebuild(const std::vector<PlanItemRef> &refs) override;
    void openNewLabelEditor(QPointF sceneM) override { openLabelEditor(sceneM, kNoId, QString()); }

    /// Drops the gesture under way (pan or the tool's), leaving the plan as it is.
    void cancelGesture();
    ToolPointer pointerOf(const QMouseEvent *event) const;
    void drawRulers(QPainter *painter);
    void drawLegend(QPainter *painter);
    void drawStatus(QPainter *painter);
    void applyZoom(double factor, QPointF anchorViewport);
    /// Opens the in-place text editor centred at sceneM: for a new label (labelId 0) or an existing one.
    void openLabelEditor(QPointF sceneM, Id labelId, const QString &text);
    /// Adds or changes the label from the editor's text and closes it; empty text adds nothing.
    void commitLabelEditor();
    void closeLabelEditor();
    bool eventFilter(QObject *watched, QEvent *event) override;

    FloorPlanScene *mScene;
    PlanEditor *mEditor = nullptr;
    PlanClipboard mClipboard;
    OverviewWidget *mOverview;
    FloorTool mTool = FloorTool::Select;
    std::unique_ptr<FloorToolState> mState;  ///< the tool's state: its gesture and preview
    DrawOptions mOptions;
    bool mSnapping = true;
    bool mAutoFit = true;
    int mPasteCount = 0;

    // Panning (middle button, or Space + drag) works with every tool.
    bool mPanning = false;
    QPoint mLastPanPos;
    bool mSpaceHeld = false;
    QString mGestureText;  ///< what the gesture would do ("12 racks, 7.2 m")
    bool mGestureRefused = false;  ///< the gesture as it stands would be refused; mGestureText says why

    // The in-place label editor.
    QLineEdit *mLabelEditor = nullptr;
    QPointF mLabelAtM;  ///< where a new label goes
    Id mLabelId = kNoId;  ///< the label being edited; 0 for a new one
};

}  // namespace rw
