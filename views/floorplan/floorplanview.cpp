#include "floorplanview.h"

#include "commands/planbatch.h"
#include "floorplanscene.h"
#include "i18n/labels.h"
#include "labelitem.h"
#include "overviewwidget.h"
#include "plan/drawingdefaults.h"
#include "plan/footprint.h"

#include <QGestureEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace rw {
namespace {

constexpr int kRulerPx = 22;
constexpr double kTileM = 0.6;  // raised-floor tile pitch
constexpr double kMinZoom = 2.0;  // pixels per metre
constexpr double kMaxZoom = 2000.0;

QString metres(double m, int decimals = 1)
{
    return QLocale().toString(m, 'f', decimals);
}

/// The pointer over the floor while a tool is active (the hall outline tool shows resize cursors over its
/// handles only).
Qt::CursorShape toolCursor(FloorTool tool)
{
    return tool == FloorTool::Select || tool == FloorTool::HallOutline ? Qt::ArrowCursor : Qt::CrossCursor;
}

}  // namespace

FloorPlanView::FloorPlanView(FloorPlanScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), mScene(scene), mOverview(new OverviewWidget(this))
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    // Rulers, legend and overview are drawn over the scene: repaint the whole viewport, never scroll pixels.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (mAutoFit)
            fitHall();
    });
    connect(scene, &FloorPlanScene::overlaysChanged, viewport(), qOverload<>(&QWidget::update));
    connect(scene, &FloorPlanScene::entityActivated, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::Label)
            editLabelText(id);
    });
    mOverview->move(kRulerPx + 8, 8);
}

FloorPlanView::~FloorPlanView()
{
    if (mLabelEditor)
        mLabelEditor->disconnect(this);  // losing focus while it is destroyed must not add a label
}

void FloorPlanView::setEditor(PlanEditor *editor)
{
    cancelGesture();
    closeLabelEditor();
    mEditor = editor;
    mEditing = editor ? std::make_unique<FloorPlanEditing>(*editor) : nullptr;
    if (!editor)
        setTool(FloorTool::Select);
}

void FloorPlanView::setTool(FloorTool tool)
{
    if (!mEditor)
        tool = FloorTool::Select;
    cancelGesture();
    mTool = tool;
    setDragMode(tool == FloorTool::Select ? QGraphicsView::RubberBandDrag : QGraphicsView::NoDrag);
    viewport()->setCursor(toolCursor(tool));
    emit toolChanged(tool);
}

QPointF FloorPlanView::snapped(QPointF p) const
{
    if (!mSnapping)
        return p;
    return QPointF(std::round(p.x() / kSnapM) * kSnapM, std::round(p.y() / kSnapM) * kSnapM);
}

double FloorPlanView::zoom() const
{
    return transform().m11();
}

void FloorPlanView::applyZoom(double factor, QPointF anchorViewport)
{
    const double next = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    factor = next / zoom();
    if (std::abs(factor - 1.0) < 1e-9)
        return;
    const QPointF anchorScene = mapToScene(anchorViewport.toPoint());
    const ViewportAnchor saved = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    scale(factor, factor);
    // Keep the scene point under the anchor where it was.
    const QPointF moved = mapFromScene(anchorScene) - anchorViewport;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(moved.y())));
    setTransformationAnchor(saved);
    mAutoFit = false;
    emit viewChanged();
}

void FloorPlanView::zoomBy(double factor)
{
    applyZoom(factor, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void FloorPlanView::fitHall()
{
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    mAutoFit = true;
    emit viewChanged();
}

void FloorPlanView::setOverviewVisible(bool visible)
{
    mOverview->setEnabledByUser(visible);
}

bool FloorPlanView::overviewVisible() const
{
    return mOverview->isEnabledByUser();
}

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // The hall stays fitted while the window is laid out and resized, until the user zooms.
    if (mAutoFit)
        fitHall();
    mOverview->move(kRulerPx + 8, viewport()->height() - mOverview->height() - 8);
    emit viewChanged();
}

void FloorPlanView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewChanged();
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event);  // scroll sideways / along
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    applyZoom(std::pow(1.2, steps), event->position());
    event->accept();
}

bool FloorPlanView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                applyZoom(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            applyZoom(1.0 + native->value(), native->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void FloorPlanView::report(const EditResult &result)
{
    if (!result.ok)
        emit editRefused(result.error);
}

void FloorPlanView::selectAfterRebuild(const std::vector<PlanItemRef> &refs)
{
    mScene->rebuild();  // now, not on the next event loop turn: the new items must exist to be selected
    mScene->selectRefs(refs);
}

// ---- mouse gestures -------------------------------------------------------------------------------------

void FloorPlanView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        mGesture = Gesture::Pan;
        mLastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF at = mapToScene(event->position().toPoint());
    if (mTool == FloorTool::HallOutline) {
        if (mEditor)
            beginOutlineDrag(event->position(), at);
        event->accept();
        return;
    }
    if (mTool != FloorTool::Select && mEditor) {
        beginDraw(snapped(at));
        event->accept();
        return;
    }
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (FloorPlanScene::isPlanItem(item)) {
            hit = item;
            break;
        }
    }
    if (hit && !hit->isSelected() && !(event->modifiers() & Qt::ControlModifier)) {
        mScene->selectRefs({ FloorPlanScene::refOf(hit) });
    } else if (hit && (event->modifiers() & Qt::ControlModifier)) {
        hit->setSelected(!hit->isSelected());
        event->accept();
        return;
    }
    if (hit && mEditor) {
        mGesture = Gesture::Move;
        mPressM = at;
        mMoveDeltaM = {};
        mMoving = mScene->selectedRefs();
        event->accept();
        return;
    }
    if (hit) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);  // rubber band on empty floor
}

void FloorPlanView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    switch (mGesture) {
    case Gesture::Pan: {
        const QPoint delta = event->position().toPoint() - mLastPanPos;
        mLastPanPos = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        mAutoFit = false;
        return;
    }
    case Gesture::Move: {
        QPointF delta = at - mPressM;
        if (mSnapping && !(event->modifiers() & Qt::AltModifier))
            delta = snapped(delta);
        mMoveDeltaM = delta;
        for (const PlanItemRef &ref : mMoving) {
            if (QGraphicsItem *item = mScene->itemFor(ref))
                item->setPos(mEditing->bounds(ref).center() + delta);
        }
        mGestureText = tr("Move by %1 m, %2 m").arg(metres(delta.x(), 2), metres(delta.y(), 2));
        viewport()->update();
        return;
    }
    case Gesture::Draw:
        updateDrawPreview(snapped(at));
        return;
    case Gesture::Outline:
        updateOutlineDrag(at);
        return;
    case Gesture::None:
        break;
    }
    if (mTool == FloorTool::HallOutline) {
        const Hall *hall = editedHall();
        const auto handle = hall ? HallOutlineDrag::handleAt(*hall, viewportTransform(), event->position())
                                 : HallOutlineDrag::Handle::None;
        viewport()->setCursor(HallOutlineDrag::cursorFor(handle));
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    switch (mGesture) {
    case Gesture::Pan:
        mGesture = Gesture::None;
        viewport()->setCursor(toolCursor(mTool));
        return;
    case Gesture::Move: {
        mGesture = Gesture::None;
        mGestureText.clear();
        const auto moving = std::exchange(mMoving, {});
        if (mMoveDeltaM.isNull())
            return;
        const EditResult result = mEditing->move(moving, mMoveDeltaM);
        if (!result.ok) {
            for (const PlanItemRef &ref : moving) {  // back where the model has them
                if (QGraphicsItem *item = mScene->itemFor(ref))
                    item->setPos(mEditing->bounds(ref).center());
            }
        }
        report(result);
        selectAfterRebuild(moving);
        return;
    }
    case Gesture::Draw:
        finishDraw(snapped(at));
        return;
    case Gesture::Outline:
        finishOutlineDrag(at);
        return;
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FloorPlanView::cancelGesture()
{
    if (mGesture == Gesture::Move) {
        for (const PlanItemRef &ref : mMoving) {
            if (QGraphicsItem *item = mScene->itemFor(ref))
                item->setPos(mEditing->bounds(ref).center());
        }
    }
    mGesture = Gesture::None;
    mMoving.clear();
    mPreview.clear();
    mOutline.cancel();
    mGestureText.clear();
    mGestureRefused = false;
    viewport()->update();
}

// ---- hall outline tool ----------------------------------------------------------------------------------

const Hall *FloorPlanView::editedHall() const
{
    return mEditor ? mEditor->plan().find<Hall>(mScene->hall()) : nullptr;
}

bool FloorPlanView::beginOutlineDrag(QPointF viewportPx, QPointF sceneM)
{
    const Hall *hall = editedHall();
    if (!hall) {
        emit editRefused(tr("There is no hall to resize."));
        return false;
    }
    const auto handle = HallOutlineDrag::handleAt(*hall, viewportTransform(), viewportPx);
    if (handle == HallOutlineDrag::Handle::None)
        return false;
    mGesture = Gesture::Outline;
    mOutline.begin(*hall, handle, sceneM);
    updateOutlineDrag(sceneM);
    return true;
}

void FloorPlanView::updateOutlineDrag(QPointF sceneM)
{
    mOutline.moveTo(sceneM, mSnapping ? kSnapM : 0.0);
    // The plan's own check of a hall, so that the preview says now what the release would be refused for.
    const QString why = mEditor->check(mOutline.draft());
    const QString size = mOutline.describe(mSnapping ? 1 : 2);
    mGestureRefused = !why.isEmpty();
    mGestureText = mGestureRefused ? tr("%1. %2").arg(size, why) : size;
    viewport()->update();
}

void FloorPlanView::finishOutlineDrag(QPointF sceneM)
{
    updateOutlineDrag(sceneM);
    const Hall dragged = mOutline.draft();
    cancelGesture();
    const Hall *current = editedHall();
    if (!current) {
        emit editRefused(tr("The hall was removed while its outline was dragged."));
        return;
    }
    // Only the size comes from the drag: anything else edited meanwhile (an undo) stays as it is now.
    Hall hall = *current;
    hall.widthM = dragged.widthM;
    hall.depthM = dragged.depthM;
    const int decimals = mSnapping ? 1 : 2;
    PlanBatch batch(
        *mEditor, tr("Resize hall to %1 x %2 m").arg(metres(hall.widthM, decimals), metres(hall.depthM, decimals)));
    batch.update(hall);
    report(batch.commit());
}

// ---- drawing tools --------------------------------------------------------------------------------------

void FloorPlanView::beginDraw(QPointF sceneM)
{
    mGesture = Gesture::Draw;
    mPressM = sceneM;
    updateDrawPreview(sceneM);
}

namespace {

/// Tiles of the raised-floor grid (0.6 m from the hall's origin) that the rectangle from a to b touches.
std::vector<QRectF> tilesBetween(QPointF a, QPointF b)
{
    std::vector<QRectF> tiles;
    const int x0 = int(std::floor(std::min(a.x(), b.x()) / kTileM));
    const int x1 = int(std::floor(std::max(a.x(), b.x()) / kTileM - 1e-9));
    const int y0 = int(std::floor(std::min(a.y(), b.y()) / kTileM));
    const int y1 = int(std::floor(std::max(a.y(), b.y()) / kTileM - 1e-9));
    for (int i = x0; i <= std::max(x0, x1); ++i) {
        for (int j = y0; j <= std::max(y0, y1); ++j)
            tiles.push_back(QRectF(i * kTileM, j * kTileM, kTileM, kTileM));
    }
    return tiles;
}

QRectF wallBetween(QPointF a, QPointF b, double thicknessM)
{
    if (std::abs(b.x() - a.x()) >= std::abs(b.y() - a.y()))
        return QRectF(
            std::min(a.x(), b.x()), a.y() - thicknessM / 2, std::max(thicknessM, std::abs(b.x() - a.x())), thicknessM);
    return QRectF(
        a.x() - thicknessM / 2, std::min(a.y(), b.y()), thicknessM, std::max(thicknessM, std::abs(b.y() - a.y())));
}

}  // namespace

void FloorPlanView::updateDrawPreview(QPointF end)
{
    mPreview.clear();
    const QRectF dragged = QRectF(mPressM, end).normalized();
    switch (mTool) {
    case FloorTool::Row: {
        const auto templates = DrawingDefaults::rackTemplates();
        const Rack &prototype = templates[std::clamp(mOptions.rackTemplate, 0, int(templates.size()) - 1)].prototype;
        const auto racks = DrawingDefaults::racksAlong(mPressM, end, prototype, mOptions.facing);
        for (const Rack &rack : racks)
            mPreview.push_back(footprint(rack));
        QRectF all;
        for (const QRectF &r : mPreview)
            all |= r;
        mGestureText = tr("%n rack(s), %1 m, fronts %2", nullptr, int(racks.size()))
                           .arg(metres(std::max(all.width(), all.height())), Labels::of(racks.front().facing));
        break;
    }
    case FloorTool::Wall: {
        const QRectF wall = wallBetween(mPressM, end, DrawingDefaults::obstacle(ObstacleKind::Wall).widthM);
        mPreview.push_back(wall);
        mGestureText = tr("Wall, %1 m").arg(metres(std::max(wall.width(), wall.height())));
        break;
    }
    case FloorTool::Column:
    case FloorTool::Obstacle: {
        const Obstacle prototype
            = DrawingDefaults::obstacle(mTool == FloorTool::Column ? ObstacleKind::Column : ObstacleKind::Obstacle);
        const QRectF r = dragged.width() < kSnapM || dragged.height() < kSnapM
            ? centredRect(end.x(), end.y(), prototype.widthM, prototype.depthM)
            : dragged;
        mPreview.push_back(r);
        mGestureText = tr("%1 x %2 m").arg(metres(r.width(), 2), metres(r.height(), 2));
        break;
    }
    case FloorTool::PerforatedTile:
        mPreview = tilesBetween(mPressM, end);
        mGestureText = tr("%n perforated tile(s)", nullptr, int(mPreview.size()));
        break;
    case FloorTool::CoolingUnit: {
        CoolingUnit unit = DrawingDefaults::coolingUnit(mOptions.coolingKind);
        unit.xM = end.x(), unit.yM = end.y(), unit.facing = mOptions.facing;
        mPreview.push_back(footprint(unit));
        mGestureText = Labels::of(unit.kind);
        break;
    }
    case FloorTool::PowerNode:
        mPreview.push_back(centredRect(end.x(), end.y(), kPowerNodeSymbolM, kPowerNodeSymbolM));
        mGestureText = Labels::of(mOptions.powerKind);
        break;
    case FloorTool::Label: {
        const double heightM = DrawingDefaults::label().heightM;
        mPreview.push_back(centredRect(end.x(), end.y(), heightM * 3, heightM));
        mGestureText = tr("Label at %1 m, %2 m").arg(metres(end.x(), 2), metres(end.y(), 2));
        break;
    }
    case FloorTool::Select:
    case FloorTool::HallOutline:
        break;
    }
    viewport()->update();
}

void FloorPlanView::finishDraw(QPointF end)
{
    updateDrawPreview(end);
    const auto preview = std::exchange(mPreview, {});
    mGesture = Gesture::None;
    mGestureText.clear();
    viewport()->update();
    const Id hallId = mScene->hall();
    if (!mEditor || !mEditor->plan().find<Hall>(hallId)) {
        emit editRefused(tr("There is no hall to draw in."));
        return;
    }
    const Plan &plan = mEditor->plan();
    std::vector<PlanItemRef> created;
    EditResult result;
    switch (mTool) {
    case FloorTool::Row: {
        const auto templates = DrawingDefaults::rackTemplates();
        const Rack &prototype = templates[std::clamp(mOptions.rackTemplate, 0, int(templates.size()) - 1)].prototype;
        auto racks = DrawingDefaults::racksAlong(mPressM, end, prototype, mOptions.facing);
        PlanBatch batch(*mEditor, tr("Draw a row of %n rack(s)", nullptr, int(racks.size())));
        Row row;
        row.hallId = hallId;
        row.name = DrawingDefaults::nextRowName(plan, hallId);
        row.containment = mOptions.containment;
        batch.add(row);
        int number = 1;
        for (Rack &rack : racks) {
            rack.hallId = hallId;
            rack.rowId = row.id;
            rack.name = QStringLiteral("%1-%2").arg(row.name).arg(number++, 2, 10, QLatin1Char('0'));
            batch.add(rack);
            created.push_back({ EntityKind::Rack, rack.id });
        }
        result = batch.commit();
        break;
    }
    case FloorTool::Wall:
    case FloorTool::Column:
    case FloorTool::Obstacle:
    case FloorTool::PerforatedTile: {
        const ObstacleKind kind = mTool == FloorTool::Wall ? ObstacleKind::Wall
            : mTool == FloorTool::Column                   ? ObstacleKind::Column
            : mTool == FloorTool::Obstacle                 ? ObstacleKind::Obstacle
                                                           : ObstacleKind::PerforatedTile;
        PlanBatch batch(*mEditor, tr("Add %1").arg(Labels::of(kind)));
        for (const QRectF &r : preview) {
            Obstacle obstacle = DrawingDefaults::obstacle(kind);
            obstacle.hallId = hallId;
            obstacle.xM = r.center().x(), obstacle.yM = r.center().y();
            obstacle.widthM = r.width(), obstacle.depthM = r.height();
            batch.add(obstacle);
            created.push_back({ EntityKind::Obstacle, obstacle.id });
        }
        result = batch.commit();
        break;
    }
    case FloorTool::CoolingUnit: {
        CoolingUnit unit = DrawingDefaults::coolingUnit(mOptions.coolingKind);
        unit.hallId = hallId;
        unit.xM = end.x(), unit.yM = end.y(), unit.facing = mOptions.facing;
        unit.name = DrawingDefaults::nextName<CoolingUnit>(plan, Labels::of(unit.kind));
        PlanBatch batch(*mEditor, tr("Add %1").arg(Labels::of(unit.kind)));
        batch.add(unit);
        created.push_back({ EntityKind::CoolingUnit, unit.id });
        result = batch.commit();
        break;
    }
    case FloorTool::PowerNode: {
        PowerNode node = DrawingDefaults::powerNode(mOptions.powerKind);
        node.hallId = hallId;
        node.xM = end.x(), node.yM = end.y();
        node.name = DrawingDefaults::nextName<PowerNode>(plan, Labels::of(node.kind));
        PlanBatch batch(*mEditor, tr("Add %1").arg(Labels::of(node.kind)));
        batch.add(node);
        created.push_back({ EntityKind::PowerNode, node.id });
        result = batch.commit();
        break;
    }
    case FloorTool::Label:
        openLabelEditor(end, kNoId, QString());  // the label is added when its text is entered
        return;
    case FloorTool::Select:
    case FloorTool::HallOutline:
        return;
    }
    report(result);
    if (result.ok)
        selectAfterRebuild(created);
}

// ---- keyboard and selection edits -----------------------------------------------------------------------

void FloorPlanView::keyPressEvent(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 1.0 : kSnapM;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            mSpaceHeld = true;
        event->accept();
        return;
    case Qt::Key_Escape:
        if (mGesture != Gesture::None)
            cancelGesture();
        else if (mTool != FloorTool::Select)
            setTool(FloorTool::Select);
        else
            mScene->clearSelection();
        event->accept();
        return;
    case Qt::Key_Left:
        nudgeSelection({ -step, 0 });
        return;
    case Qt::Key_Right:
        nudgeSelection({ step, 0 });
        return;
    case Qt::Key_Up:
        nudgeSelection({ 0, -step });
        return;
    case Qt::Key_Down:
        nudgeSelection({ 0, step });
        return;
    case Qt::Key_F2: {
        const auto refs = mScene->selectedRefs();
        if (refs.size() == 1 && refs.front().kind == EntityKind::Label)
            editLabelText(refs.front().id);
        event->accept();
        return;
    }
    case Qt::Key_Plus:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void FloorPlanView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat())
        mSpaceHeld = false;
    QGraphicsView::keyReleaseEvent(event);
}

// ---- labels ---------------------------------------------------------------------------------------------

void FloorPlanView::editLabelText(Id labelId)
{
    const Label *label = mEditor ? mEditor->plan().find<Label>(labelId) : nullptr;
    if (!label || label->hallId != mScene->hall())
        return;
    openLabelEditor(QPointF(label->xM, label->yM), labelId, label->text);
}

void FloorPlanView::openLabelEditor(QPointF sceneM, Id labelId, const QString &text)
{
    closeLabelEditor();
    mLabelAtM = sceneM;
    mLabelId = labelId;
    mLabelEditor = new QLineEdit(viewport());
    mLabelEditor->setObjectName(QStringLiteral("labelTextEditor"));
    mLabelEditor->setMaxLength(field::kNameLength);
    mLabelEditor->setPlaceholderText(tr("Label text"));
    mLabelEditor->setToolTip(tr("Type the label's text; Enter applies, Escape cancels"));
    mLabelEditor->setText(text);
    mLabelEditor->selectAll();
    mLabelEditor->resize(
        std::max(160, mLabelEditor->fontMetrics().horizontalAdvance(text) + 24), mLabelEditor->sizeHint().height());
    const QPoint centre = mapFromScene(sceneM);
    mLabelEditor->move(centre - QPoint(mLabelEditor->width() / 2, mLabelEditor->height() / 2));
    mLabelEditor->installEventFilter(this);
    connect(mLabelEditor, &QLineEdit::editingFinished, this, &FloorPlanView::commitLabelEditor);
    mLabelEditor->show();
    mLabelEditor->setFocus();
}

void FloorPlanView::closeLabelEditor()
{
    if (!mLabelEditor)
        return;
    QLineEdit *editor = std::exchange(mLabelEditor, nullptr);
    editor->removeEventFilter(this);
    editor->disconnect(this);
    editor->hide();
    editor->deleteLater();  // it may be sending the signal that got us here
    setFocus();
}

void FloorPlanView::commitLabelEditor()
{
    if (!mLabelEditor)
        return;
    const QString text = mLabelEditor->text();
    closeLabelEditor();
    if (!mEditor)
        return;
    const Plan &plan = mEditor->plan();
    if (mLabelId == kNoId) {
        if (text.trimmed().isEmpty())
            return;  // nothing typed: nothing placed
        Label label = DrawingDefaults::label();
        label.hallId = mScene->hall();
        label.xM = mLabelAtM.x(), label.yM = mLabelAtM.y();
        label.text = text;
        PlanBatch batch(*mEditor, tr("Add label"));
        batch.add(label);
        const EditResult result = batch.commit();
        report(result);
        if (result.ok)
            selectAfterRebuild({ { EntityKind::Label, label.id } });
        return;
    }
    const Label *found = plan.find<Label>(mLabelId);
    if (!found) {
        emit editRefused(tr("The label was deleted while its text was edited."));
        return;
    }
    Label label = *found;
    label.text = text;
    PlanBatch batch(*mEditor, tr("Edit label text"));
    batch.update(label);
    report(batch.commit());
    selectAfterRebuild({ { EntityKind::Label, label.id } });
}

bool FloorPlanView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mLabelEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        closeLabelEditor();
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

void FloorPlanView::nudgeSelection(QPointF deltaM)
{
    const auto refs = mScene->selectedRefs();
    if (!mEditing || refs.empty())
        return;
    // Successive nudges of the same selection merge into one undo step.
    QString key = QStringLiteral("nudge");
    for (const PlanItemRef &ref : refs)
        key += QStringLiteral(":%1/%2").arg(int(ref.kind)).arg(ref.id);
    report(mEditing->move(refs, deltaM, key));
    selectAfterRebuild(refs);
}

void FloorPlanView::deleteSelection()
{
    const auto refs = mScene->selectedRefs();
    if (!mEditing || refs.empty())
        return;
    report(mEditing->remove(refs));
    selectAfterRebuild({});
}

void FloorPlanView::rotateSelection()
{
    const auto refs = mScene->selectedRefs();
    if (!mEditing || refs.empty())
        return;
    report(mEditing->rotate(refs));
    selectAfterRebuild(refs);
}

void FloorPlanView::duplicateSelection()
{
    const auto refs = mScene->selectedRefs();
    if (!mEditing || refs.empty())
        return;
    std::vector<PlanItemRef> created;
    report(mEditing->duplicate(refs, QPointF(1.0, 1.0), &created));
    selectAfterRebuild(created.empty() ? refs : created);
}

void FloorPlanView::copySelection()
{
    if (!mEditing)
        return;
    mEditing->copy(mScene->selectedRefs());
    mPasteCount = 0;
}

void FloorPlanView::paste()
{
    if (!mEditing || !mEditing->canPaste())
        return;
    ++mPasteCount;
    std::vector<PlanItemRef> created;
    report(mEditing->paste(QPointF(mPasteCount * 1.0, mPasteCount * 1.0), &created));
    if (!created.empty())
        selectAfterRebuild(created);
}

void FloorPlanView::alignSelection(FloorPlanEditing::Align how)
{
    const auto refs = mScene->selectedRefs();
    if (!mEditing || refs.size() < 2)
        return;
    report(mEditing->align(refs, how));
    selectAfterRebuild(refs);
}

void FloorPlanView::distributeSelection(Qt::Orientation orientation)
{
    const auto refs = mScene->selectedRefs();
    if (!mEditing || refs.empty())
        return;
    report(mEditing->distribute(refs, orientation));
    selectAfterRebuild(refs);
}

void FloorPlanView::selectAll()
{
    std::vector<PlanItemRef> all;
    for (QGraphicsItem *item : mScene->items()) {
        if (FloorPlanScene::isPlanItem(item))
            all.push_back(FloorPlanScene::refOf(item));
    }
    mScene->selectRefs(all);
}

// ---- overlays -------------------------------------------------------------------------------------------

void FloorPlanView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!mPreview.empty()) {
        QPen pen(QColor(0, 120, 215), 2, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(QColor(0, 120, 215, 50));
        for (const QRectF &r : mPreview)
            painter->drawRect(r);
    }
    if (mGesture == Gesture::Outline)
        mOutline.paintPreview(painter, mGestureRefused);
    painter->save();
    painter->resetTransform();
    if (mTool == FloorTool::HallOutline) {
        if (const Hall *hall = editedHall())
            HallOutlineDrag::paintHandles(
                painter, mGesture == Gesture::Outline ? mOutline.draft() : *hall, viewportTransform());
    }
    drawRulers(painter);
    drawLegend(painter);
    drawStatus(painter);
    painter->restore();
}

void FloorPlanView::drawRulers(QPainter *painter)
{
    const int w = viewport()->width();
    const int h = viewport()->height();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(248, 248, 248, 235));
    painter->drawRect(0, 0, w, kRulerPx);
    painter->drawRect(0, 0, kRulerPx, h);
    painter->setPen(QColor(150, 150, 150));
    painter->drawLine(0, kRulerPx, w, kRulerPx);
    painter->drawLine(kRulerPx, 0, kRulerPx, h);
    // Labelled ticks at least 60 pixels apart.
    const double ppm = zoom();
    double step = 1000;
    for (double candidate : { 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0 }) {
        if (candidate * ppm >= 60) {
            step = candidate;
            break;
        }
    }
    QFont font = painter->font();
    font.setPixelSize(10);
    painter->setFont(font);
    painter->setPen(QColor(80, 80, 80));
    const QPointF topLeft = mapToScene(QPoint(0, 0));
    const QPointF bottomRight = mapToScene(QPoint(w, h));
    for (double x = std::ceil(topLeft.x() / step) * step; x <= bottomRight.x(); x += step) {
        const int px = mapFromScene(QPointF(x, 0)).x();
        if (px < kRulerPx)
            continue;
        painter->drawLine(px, kRulerPx - 6, px, kRulerPx);
        painter->drawText(px + 2, kRulerPx - 8, metres(x, step < 1 ? 1 : 0));
    }
    for (double y = std::ceil(topLeft.y() / step) * step; y <= bottomRight.y(); y += step) {
        const int py = mapFromScene(QPointF(0, y)).y();
        if (py < kRulerPx)
            continue;
        painter->drawLine(kRulerPx - 6, py, kRulerPx, py);
        painter->save();
        painter->translate(kRulerPx - 8, py - 2);
        painter->rotate(-90);
        painter->drawText(0, 0, metres(y, step < 1 ? 1 : 0));
        painter->restore();
    }
    painter->drawText(QRect(0, 0, kRulerPx, kRulerPx), Qt::AlignCenter, tr("m"));
    painter->setRenderHint(QPainter::Antialiasing, true);
}

void FloorPlanView::drawLegend(QPainter *painter)
{
    const auto entries = mScene->legend();
    const QString title = mScene->legendTitle();
    const QFontMetrics metrics(font());
    painter->setFont(font());
    int width = metrics.horizontalAdvance(title);
    for (const LegendEntry &entry : entries)
        width = std::max(width, metrics.horizontalAdvance(entry.text) + 22);
    const int lineHeight = metrics.height() + 2;
    const QRect box(
        viewport()->width() - width - 24, kRulerPx + 8, width + 16, lineHeight * (int(entries.size()) + 1) + 10);
    painter->setPen(QColor(150, 150, 150));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRect(box);
    painter->setPen(Qt::black);
    painter->drawText(box.left() + 8, box.top() + 5 + metrics.ascent(), title);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const int y = box.top() + 5 + lineHeight * int(i + 1);
        painter->fillRect(QRect(box.left() + 8, y + 2, 14, metrics.height() - 4), entries[i].colour);
        painter->drawText(box.left() + 30, y + metrics.ascent(), entries[i].text);
    }
}

void FloorPlanView::drawStatus(QPainter *painter)
{
    QString text = mGestureText;
    // Listed and counted issues alike: the scene lists only a limited number of each kind.
    const LayoutReport &layout = mScene->layoutReport();
    qint64 total = qint64(layout.issues.size());
    for (std::int64_t unlisted : layout.unlisted)
        total += unlisted;
    const int issues = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (text.isEmpty() && issues > 0)
        text = tr("%n layout warning(s): racks framed in red", nullptr, issues);
    if (text.isEmpty())
        return;
    const QFontMetrics metrics(font());
    const QRect box(viewport()->width() - metrics.horizontalAdvance(text) - 28,
        viewport()->height() - metrics.height() - 16, metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
    painter->setPen(QColor(150, 150, 150));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRect(box);
    painter->setPen(mGestureText.isEmpty() || mGestureRefused ? QColor(190, 0, 0) : QColor(0, 0, 0));
    painter->drawText(box, Qt::AlignCenter, text);
}

}  // namespace rw
