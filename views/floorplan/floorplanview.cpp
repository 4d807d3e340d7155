// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanview.h"

#include "commands/arrangeedits.h"
#include "commands/labeledits.h"
#include "commands/removaledits.h"
#include "floorplanscene.h"
#include "overviewwidget.h"
#include "tools/floortools.h"

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
constexpr double kMinZoom = 2.0;  // pixels per metre
constexpr double kMaxZoom = 2000.0;

QString metres(double m, int decimals = 1)
{
    return QLocale().toString(m, 'f', decimals);
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
    mState = floorTool(FloorTool::Select).make(*this);
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
    mClipboard = PlanClipboard();
    if (!editor)
        setTool(FloorTool::Select);
}

void FloorPlanView::setTool(FloorTool tool)
{
    if (!mEditor)
        tool = FloorTool::Select;
    cancelGesture();
    mTool = tool;
    mState = floorTool(tool).make(*this);
    setDragMode(mState->dragMode());
    viewport()->setCursor(mState->cursor());
    emit toolChanged(tool);
}

QPointF FloorPlanView::snapped(QPointF p) const
{
    if (!mSnapping)
        return p;
    // The underlay's lines first (within 8 pixels), so that walls and rows can be traced; else the grid.
    if (const std::optional<QPointF> onUnderlay = mScene->snapToUnderlay(p, 8.0 / std::max(1e-6, zoom())))
        return *onUnderlay;
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

void FloorPlanView::refuse(const QString &reason)
{
    emit editRefused(reason);
}

void FloorPlanView::selectAfterRebuild(const std::vector<PlanItemRef> &refs)
{
    mScene->rebuild();  // now, not on the next event loop turn: the new items must exist to be selected
    mScene->selectRefs(refs);
}

// ---- mouse gestures: panning here, the rest in the tool's state ---------------------------------------

ToolPointer FloorPlanView::pointerOf(const QMouseEvent *event) const
{
    return { mapToScene(event->position().toPoint()), event->position(), event->modifiers() };
}

void FloorPlanView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        mPanning = true;
        mLastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && mState->press(pointerOf(event))) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);  // other buttons; the rubber band on empty floor
}

void FloorPlanView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mLastPanPos;
        mLastPanPos = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        mAutoFit = false;
        return;
    }
    if (mState->active()) {
        mState->move(pointerOf(event));
        return;
    }
    mState->hover(pointerOf(event));
    QGraphicsView::mouseMoveEvent(event);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning) {
        mPanning = false;
        viewport()->setCursor(mState->cursor());
        return;
    }
    if (mState->active()) {
        mState->release(pointerOf(event));
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FloorPlanView::cancelGesture()
{
    mPanning = false;
    if (mState)
        mState->cancel();
    mGestureText.clear();
    mGestureRefused = false;
    viewport()->update();
}

void FloorPlanView::setGestureText(const QString &text, bool refused)
{
    mGestureText = text;
    mGestureRefused = refused;
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
        if (mPanning || mState->active())
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
    if (mLabelId == kNoId) {
        if (text.trimmed().isEmpty())
            return;  // nothing typed: nothing placed
        const EditResult result = LabelEdits::add(*mEditor, mScene->hall(), mLabelAtM, text);
        report(result);
        if (result.ok)
            selectAfterRebuild({ { EntityKind::Label, result.id } });
        return;
    }
    const Id labelId = mLabelId;
    report(LabelEdits::setText(*mEditor, labelId, text));
    selectAfterRebuild({ { EntityKind::Label, labelId } });
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
    if (!mEditor || refs.empty())
        return;
    // Successive nudges of the same selection merge into one undo step.
    QString key = QStringLiteral("nudge");
    for (const PlanItemRef &ref : refs)
        key += QStringLiteral(":%1/%2").arg(int(ref.kind)).arg(ref.id);
    report(ArrangeEdits::move(*mEditor, refs, deltaM, key));
    selectAfterRebuild(refs);
}

void FloorPlanView::deleteSelection()
{
    const auto refs = mScene->selectedRefs();
    if (!mEditor || refs.empty())
        return;
    report(RemovalEdits::removeItems(*mEditor, refs));
    selectAfterRebuild({});
}

void FloorPlanView::rotateSelection()
{
    const auto refs = mScene->selectedRefs();
    if (!mEditor || refs.empty())
        return;
    report(ArrangeEdits::rotate(*mEditor, refs));
    selectAfterRebuild(refs);
}

void FloorPlanView::duplicateSelection()
{
    const auto refs = mScene->selectedRefs();
    if (!mEditor || refs.empty())
        return;
    std::vector<PlanItemRef> created;
    report(mClipboard.duplicate(*mEditor, refs, QPointF(1.0, 1.0), &created));
    selectAfterRebuild(created.empty() ? refs : created);
}

void FloorPlanView::copySelection()
{
    if (!mEditor)
        return;
    mClipboard.copy(mEditor->plan(), mScene->selectedRefs());
    mPasteCount = 0;
}

void FloorPlanView::paste()
{
    if (!mEditor || !mClipboard.canPaste())
        return;
    ++mPasteCount;
    std::vector<PlanItemRef> created;
    report(mClipboard.paste(*mEditor, QPointF(mPasteCount * 1.0, mPasteCount * 1.0), &created));
    if (!created.empty())
        selectAfterRebuild(created);
}

void FloorPlanView::alignSelection(ArrangeEdits::Align how)
{
    const auto refs = mScene->selectedRefs();
    if (!mEditor || refs.size() < 2)
        return;
    report(ArrangeEdits::align(*mEditor, refs, how));
    selectAfterRebuild(refs);
}

void FloorPlanView::distributeSelection(Qt::Orientation orientation)
{
    const auto refs = mScene->selectedRefs();
    if (!mEditor || refs.empty())
        return;
    report(ArrangeEdits::distribute(*mEditor, refs, orientation));
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
    mState->paintScene(painter);
    painter->save();
    painter->resetTransform();
    mState->paintViewport(painter);
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
