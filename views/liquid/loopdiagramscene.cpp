// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopdiagramscene.h"

#include "formatting.h"
#include "i18n/labels.h"
#include "loopboxitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

constexpr double kBoxWidth = 230.0;
constexpr double kBoxHeight = 70.0;
constexpr double kRackWidth = 120.0;
constexpr double kRackHeight = 48.0;
constexpr double kGap = 12.0;
constexpr double kColumnGap = 50.0;
constexpr int kRacksPerRow = 5;
constexpr double kStageX = 0.0;
constexpr double kFacilityX = kStageX + kBoxWidth + kColumnGap;
constexpr double kLoopX = kFacilityX + kBoxWidth + kColumnGap;
constexpr double kRackX = kLoopX + kBoxWidth + kColumnGap;
/// Below this share above its need a rack's flow is thin (as the floor plan's coolant-margin colours).
constexpr double kThinFlowMargin = 0.1;

QString flow(double litresPerMinute)
{
    return QCoreApplication::translate("rw::LoopDiagramScene", "%1 L/min")
        .arg(QLocale().toString(litresPerMinute, 'f', 0));
}

QString temperatures(double fromC, double toC)
{
    return QStringLiteral("%1 → %2").arg(fmt::celsius(fromC), fmt::celsius(toC));
}

QPointF leftMiddle(const QRectF &r)
{
    return { r.left(), r.center().y() };
}

QPointF rightMiddle(const QRectF &r)
{
    return { r.right(), r.center().y() };
}

/// A line from `from` to `to` with one vertical leg at x = `atX`.
QPolygonF elbow(QPointF from, QPointF to, double atX)
{
    return QPolygonF { from, QPointF(atX, from.y()), QPointF(atX, to.y()), to };
}

}  // namespace

LoopDiagramScene::LoopDiagramScene(const Plan &plan, QObject *parent) : QGraphicsScene(parent), mPlan(plan)
{
    mRebuildTimer.setSingleShot(true);
    mRebuildTimer.setInterval(0);
    connect(&mRebuildTimer, &QTimer::timeout, this, &LoopDiagramScene::rebuild);
    connect(&plan, &Plan::entityChanged, this, [this](EntityKind kind) {
        switch (kind) {
        case EntityKind::CoolantLoop:
        case EntityKind::LoopRejection:
        case EntityKind::LoopRack:
        case EntityKind::Rack:
        case EntityKind::CoolingUnit:
        case EntityKind::Device:
        case EntityKind::DeviceType:
            scheduleRebuild();
            break;
        default:
            break;
        }
    });
    connect(&plan, &Plan::reset, this, &LoopDiagramScene::scheduleRebuild);
    connect(&plan, &Plan::siteChanged, this, &LoopDiagramScene::scheduleRebuild);  // the dry coolers' outdoor air
    rebuild();
}

void LoopDiagramScene::scheduleRebuild()
{
    mRebuildTimer.start();
}

void LoopDiagramScene::addBox(LoopBoxItem *box)
{
    box->setHint(hintFor(box->kind()));
    addItem(box);
}

QString LoopDiagramScene::hintFor(EntityKind kind) const
{
    if (!mEditable)
        return {};
    if (kind == EntityKind::Rack)
        return tr("Right-click: take the rack off its loop");
    return tr("Double-click or Enter: edit; Delete: remove; right-click: more");
}

void LoopDiagramScene::setEditable(bool editable)
{
    mEditable = editable;
    for (QGraphicsItem *item : items()) {
        if (auto *b = dynamic_cast<LoopBoxItem *>(item))
            b->setHint(hintFor(b->kind()));
    }
}

void LoopDiagramScene::wire(const QPolygonF &path)
{
    QPen pen(QColor(0x1f, 0x5f, 0xa8), 1.6);
    pen.setCosmetic(true);
    QPainterPath painterPath;
    painterPath.addPolygon(path);
    addPath(painterPath, pen)->setZValue(-1);
}

double LoopDiagramScene::placeTechnologyLoop(const CoolantLoop &loop, double top)
{
    std::vector<const LoopRack *> racks;
    for (const auto &[id, attachment] : mPlan.all<LoopRack>()) {
        if (attachment.loopId == loop.id && mPlan.find<Rack>(attachment.rackId))
            racks.push_back(&attachment);
    }
    std::sort(racks.begin(), racks.end(), [this](const LoopRack *a, const LoopRack *b) {
        return mPlan.find<Rack>(a->rackId)->name < mPlan.find<Rack>(b->rackId)->name;
    });
    const int rows = std::max(1, int(std::ceil(double(racks.size()) / kRacksPerRow)));
    const double height = std::max(kBoxHeight, rows * (kRackHeight + kGap) - kGap);

    const CoolingUnit *cdu = mPlan.find<CoolingUnit>(loop.cduId);
    const QRectF loopRect(kLoopX, top, kBoxWidth, kBoxHeight);
    QStringList lines;
    LoopBoxItem::State state = LoopBoxItem::State::Unknown;
    if (const auto it = mSnapshot.loops.find(loop.id); it != mSnapshot.loops.end()) {
        const LiquidSnapshot::Loop &s = it->second;
        lines << tr("%1 of %2 (CDU)").arg(fmt::kilowatts(s.heatKw, 0), fmt::kilowatts(s.capacityKw, 0))
              << tr("%1, racks need %2").arg(flow(s.flowLPerMin), flow(s.neededFlowLPerMin))
              << tr("supply %1, return %2").arg(fmt::celsius(s.supplyC), fmt::celsius(s.returnC))
              << (s.pumpRedundant ? tr("pumps N+1 holds") : tr("pumps N+1 does not hold"));
        state = s.heatKw > s.capacityKw + 1e-6 || s.flowLPerMin < s.neededFlowLPerMin ? LoopBoxItem::State::Short
            : !s.pumpRedundant                                                        ? LoopBoxItem::State::Thin
                                                                                      : LoopBoxItem::State::Fine;
    } else if (cdu) {
        lines << tr("CDU %1").arg(fmt::kilowatts(cdu->capacityKw, 0));
    }
    const QString name = cdu ? tr("%1 (%2)").arg(loop.name, cdu->name) : loop.name;
    addBox(new LoopBoxItem(EntityKind::CoolantLoop, loop.id, loopRect, name, lines, state, Labels::of(loop.kind)));

    for (std::size_t k = 0; k < racks.size(); ++k) {
        const Rack &rack = *mPlan.find<Rack>(racks[k]->rackId);
        const QRectF rect(kRackX + double(k % kRacksPerRow) * (kRackWidth + kGap),
            top + double(k / kRacksPerRow) * (kRackHeight + kGap), kRackWidth, kRackHeight);
        QStringList rackLines;
        LoopBoxItem::State rackState = LoopBoxItem::State::Unknown;
        if (const auto it = mSnapshot.racks.find(rack.id); it != mSnapshot.racks.end()) {
            const LiquidSnapshot::Rack &s = it->second;
            rackLines << tr("%1 of %2").arg(flow(s.flowLPerMin), flow(s.minFlowLPerMin))
                      << temperatures(s.inletC, s.outletC);
            const bool thin = s.minFlowLPerMin > 0 && s.flowLPerMin < s.minFlowLPerMin * (1.0 + kThinFlowMargin);
            rackState = s.flowShort || s.overLimit ? LoopBoxItem::State::Short
                : thin                             ? LoopBoxItem::State::Thin
                                                   : LoopBoxItem::State::Fine;
        }
        addBox(new LoopBoxItem(EntityKind::Rack, rack.id, rect, rack.name, rackLines, rackState, tr("Rack")));
        // One line per row of boxes, from the loop along behind its racks: the row's manifold.
        const bool lastInRow = k % kRacksPerRow == kRacksPerRow - 1 || k + 1 == racks.size();
        if (lastInRow)
            wire(elbow(rightMiddle(loopRect), leftMiddle(rect), kRackX - kColumnGap / 2));
    }
    return height;
}

void LoopDiagramScene::rebuild()
{
    mRebuildTimer.stop();
    const std::vector<Id> keepRacks = racksOfSelection();
    const Id keepLoop = selectedLoop();
    mRebuilding = true;
    clear();
    mSnapshot = LiquidSnapshot::compute(mPlan);

    double y = 0.0;
    if (!mSnapshot.solved && !mPlan.all<CoolantLoop>().empty()) {
        auto *note = addSimpleText(tr("Not solved: %1").arg(mSnapshot.error));
        note->setBrush(QColor(0xc6, 0x28, 0x28));
        note->setPos(0, y);
        y += note->boundingRect().height() + kGap;
    }
    // Facility water systems with their stages and the CDU loops they feed; then the CDU loops on a fixed primary.
    std::vector<Id> groups;
    for (const auto &[id, loop] : mPlan.all<CoolantLoop>()) {
        if (loop.kind == CoolantLoopKind::FacilityWater)
            groups.push_back(id);
    }
    groups.push_back(kNoId);
    for (Id facilityId : groups) {
        const CoolantLoop *facility = mPlan.find<CoolantLoop>(facilityId);
        const double top = y;
        double loopsBottom = top;
        std::vector<QRectF> loopRects;
        for (const auto &[id, loop] : mPlan.all<CoolantLoop>()) {
            const bool here
                = facility ? loop.facilityLoopId == facilityId : !mPlan.find<CoolantLoop>(loop.facilityLoopId);
            if (loop.kind != CoolantLoopKind::Technology || !here)
                continue;
            loopRects.emplace_back(kLoopX, loopsBottom, kBoxWidth, kBoxHeight);
            loopsBottom += placeTechnologyLoop(loop, loopsBottom) + 2 * kGap;
        }
        if (!facility) {
            y = loopsBottom;
            continue;
        }
        const QRectF facilityRect(kFacilityX, top, kBoxWidth, kBoxHeight);
        QStringList lines;
        LoopBoxItem::State state = LoopBoxItem::State::Unknown;
        if (const auto it = mSnapshot.loops.find(facilityId); it != mSnapshot.loops.end()) {
            const LiquidSnapshot::Loop &s = it->second;
            lines << tr("%1 of %2 heat rejection").arg(fmt::kilowatts(s.heatKw, 0), fmt::kilowatts(s.capacityKw, 0))
                  << tr("without the largest stage %1").arg(fmt::kilowatts(s.capacityWithoutLargestKw, 0))
                  << tr("%1, supply %2, return %3")
                         .arg(flow(s.flowLPerMin), fmt::celsius(s.supplyC), fmt::celsius(s.returnC))
                  << (s.pumpRedundant ? tr("pumps N+1 holds") : tr("pumps N+1 does not hold"));
            state = s.heatKw > s.capacityKw + 1e-6                                 ? LoopBoxItem::State::Short
                : s.heatKw > s.capacityWithoutLargestKw + 1e-6 || !s.pumpRedundant ? LoopBoxItem::State::Thin
                                                                                   : LoopBoxItem::State::Fine;
        }
        addBox(new LoopBoxItem(EntityKind::CoolantLoop, facilityId, facilityRect, facility->name, lines, state,
            Labels::of(facility->kind)));
        for (const QRectF &loopRect : loopRects)
            wire(elbow(rightMiddle(facilityRect), leftMiddle(loopRect), kLoopX - kColumnGap / 2));

        std::map<int, const LoopRejection *> stages;
        for (const auto &[id, stage] : mPlan.all<LoopRejection>()) {
            if (stage.loopId == facilityId)
                stages.emplace(stage.stage, &stage);
        }
        double stageY = top;
        for (const auto &[order, stage] : stages) {
            const CoolingUnit *unit = mPlan.find<CoolingUnit>(stage->coolingUnitId);
            const QRectF rect(kStageX, stageY, kBoxWidth, kBoxHeight);
            QStringList stageLines { tr("stage %1: %2").arg(order).arg(Labels::of(stage->kind)) };
            LoopBoxItem::State stageState = LoopBoxItem::State::Unknown;
            if (const auto it = mSnapshot.stages.find(stage->id); it != mSnapshot.stages.end()) {
                const LiquidSnapshot::Stage &s = it->second;
                stageLines
                    << tr("%1 of %2").arg(fmt::kilowatts(s.loadKw, 0), fmt::kilowatts(unit ? unit->capacityKw : 0.0, 0))
                    << temperatures(s.inletC, s.outletC);
                stageState = s.atCapacity ? LoopBoxItem::State::Short : LoopBoxItem::State::Fine;
            }
            addBox(new LoopBoxItem(EntityKind::LoopRejection, stage->id, rect, unit ? unit->name : QString(),
                stageLines, stageState, tr("Heat-rejection stage")));
            wire(elbow(rightMiddle(rect), leftMiddle(facilityRect), kFacilityX - kColumnGap / 2));
            stageY += kBoxHeight + kGap;
        }
        y = std::max({ loopsBottom, stageY, top + kBoxHeight + kGap }) + 2 * kGap;
    }
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
    selectRacks(keepRacks);
    if (LoopBoxItem *loop = box(EntityKind::CoolantLoop, keepLoop))
        loop->setSelected(true);
    mRebuilding = false;
    emit rebuilt();
}

LoopBoxItem *LoopDiagramScene::box(EntityKind kind, Id id) const
{
    for (QGraphicsItem *item : items()) {
        if (auto *b = dynamic_cast<LoopBoxItem *>(item); b && b->kind() == kind && b->id() == id)
            return b;
    }
    return nullptr;
}

std::vector<Id> LoopDiagramScene::racksOfSelection() const
{
    std::vector<Id> ids;
    for (QGraphicsItem *item : selectedItems()) {
        const auto *b = dynamic_cast<LoopBoxItem *>(item);
        if (b && b->kind() == EntityKind::Rack)
            ids.push_back(b->id());
        if (b && b->kind() == EntityKind::CoolantLoop) {
            for (const auto &[id, attachment] : mPlan.all<LoopRack>()) {
                if (attachment.loopId == b->id())
                    ids.push_back(attachment.rackId);
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Id LoopDiagramScene::selectedLoop() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (const auto *b = dynamic_cast<LoopBoxItem *>(item); b && b->kind() == EntityKind::CoolantLoop)
            return b->id();
    }
    return kNoId;
}

void LoopDiagramScene::selectRacks(const std::vector<Id> &rackIds)
{
    clearSelection();
    for (Id id : rackIds) {
        if (LoopBoxItem *b = box(EntityKind::Rack, id))
            b->setSelected(true);
    }
}

std::vector<LoopBoxItem *> LoopDiagramScene::selectedBoxes() const
{
    std::vector<LoopBoxItem *> out;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *b = dynamic_cast<LoopBoxItem *>(item))
            out.push_back(b);
    }
    return out;
}

LoopBoxItem *LoopDiagramScene::boxAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *b = dynamic_cast<LoopBoxItem *>(item))
            return b;
    }
    return nullptr;
}

void LoopDiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // The base class clears the selection on a press beside the items' own handling; a context menu must find the
    // racks selected on the floor plan still selected.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void LoopDiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (const LoopBoxItem *b = boxAt(event->scenePos()); b && b->kind() != EntityKind::Rack) {
        emit itemActivated(b->kind(), b->id());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

}  // namespace rw
