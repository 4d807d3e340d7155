// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanscene.h"

#include "coolantpipes.h"

#include "formatting.h"
#include "i18n/labels.h"
#include "labelitem.h"
#include "plan/ashraelimits.h"
#include "plan/footprint.h"
#include "plan/rackmetrics.h"
#include "planshapeitem.h"
#include "rackitem.h"
#include "underlayitem.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <set>

namespace rw {
namespace {

constexpr int kKindKey = 1;  // item data: EntityKind of what the item shows; key 0 holds the id
constexpr int kPipeKey = 2;  // item data: the coolant loop a pipe belongs to

QPen cosmeticPen(const QColor &colour, int width = 1, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    return pen;
}

QGraphicsSimpleTextItem *addLabel(QGraphicsScene *scene, const QString &text, QPointF at, double heightM)
{
    auto *label = scene->addSimpleText(text);
    const double scale = heightM / label->boundingRect().height();
    label->setScale(scale);
    label->setPos(at.x() - label->boundingRect().width() * scale, at.y() - heightM / 2);
    label->setBrush(QColor(70, 70, 70));
    label->setZValue(3);
    return label;
}

QString celsius(double value)
{
    return QCoreApplication::translate("rw::FloorPlanScene", "%1 °C").arg(QLocale().toString(value, 'f', 0));
}

const QColor kEmptyRack(235, 235, 235);
const QColor kNoResult(205, 205, 205);
const QColor kTooCold(90, 150, 230);
const QColor kRecommended(90, 185, 90);
const QColor kAllowable(250, 200, 60);
const QColor kTooHot(220, 50, 40);
/// Below this flow margin a rack's coolant is thin: a small fouling or a valve setting takes it away.
constexpr double kThinCoolantMargin = 0.1;
const QColor kAirCooled(150, 200, 240);
const QColor kLiquidCooled(40, 90, 170);
const QColor kHybridCooled(130, 100, 200);
// Symbols of the drawing, also explained in the report's legend (symbolLegend()).
const QColor kCoolingUnitFill(120, 170, 230);
const QColor kPowerNodeFill(255, 190, 110);
const QColor kHotAisleLine(235, 130, 40);
const QColor kColdAisleLine(40, 110, 200);
const QColor kSupplyPipe(21, 101, 192);
const QColor kReturnPipe(198, 40, 40);

}  // namespace

FloorPlanScene::FloorPlanScene(const Plan &plan, QObject *parent) : QGraphicsScene(parent), mPlan(plan)
{
    mRebuildTimer.setSingleShot(true);
    mRebuildTimer.setInterval(0);
    connect(&mRebuildTimer, &QTimer::timeout, this, &FloorPlanScene::rebuild);
    connect(&plan, &Plan::entityChanged, this, &FloorPlanScene::scheduleRebuild);
    connect(&plan, &Plan::siteChanged, this, &FloorPlanScene::scheduleRebuild);
    connect(&plan, &Plan::reset, this, [this] {
        if (!mPlan.find<Hall>(mHallId))
            mHallId = mPlan.all<Hall>().empty() ? kNoId : mPlan.all<Hall>().begin()->first;
        clearSelection();
        scheduleRebuild();
    });
    setBackgroundBrush(QColor(236, 236, 232));
    // Items are few (hundreds) and move as a selection; the BSP tree costs more to maintain than it saves.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

FloorPlanScene::~FloorPlanScene()
{
    blockSignals(true);
    clear();
}

void FloorPlanScene::setHall(Id hallId)
{
    mHallId = hallId;
    rebuild();
}

void FloorPlanScene::scheduleRebuild()
{
    mRebuildTimer.start();
}

bool FloorPlanScene::isPlanItem(const QGraphicsItem *item)
{
    return item
        && (item->type() == RackItem::kType || item->type() == PlanShapeItem::kType
            || item->type() == LabelItem::kType);
}

PlanItemRef FloorPlanScene::refOf(const QGraphicsItem *item)
{
    if (!isPlanItem(item))
        return { EntityKind::Site, kNoId };
    return { EntityKind(item->data(kKindKey).toInt()), item->data(0).toLongLong() };
}

QGraphicsItem *FloorPlanScene::itemFor(const PlanItemRef &ref) const
{
    const auto it = mItems.find(ref);
    return it == mItems.end() ? nullptr : it->second;
}

void FloorPlanScene::addCoolingUnit(const CoolingUnit &unit)
{
    auto *item = new PlanShapeItem(footprint(unit), Labels::shortOf(unit.kind), unit.facing);
    item->setPen(cosmeticPen(QColor(20, 70, 140)));
    item->setBrush(unit.standby ? QColor(200, 220, 245) : kCoolingUnitFill);
    item->setData(0, unit.id);
    item->setData(kKindKey, int(EntityKind::CoolingUnit));
    item->setZValue(1);
    item->setToolTip(tr("<b>%1</b> (%2)<br>%3 cooling capacity%4")
                         .arg(unit.name.toHtmlEscaped(), Labels::of(unit.kind), fmt::kilowatts(unit.capacityKw, 0),
                             unit.standby ? tr(", standby") : QString()));
    addItem(item);
    mItems[{ EntityKind::CoolingUnit, unit.id }] = item;
}

void FloorPlanScene::addObstacle(const Obstacle &obstacle)
{
    QString caption;
    QColor fill(160, 160, 160);
    Qt::BrushStyle style = Qt::SolidPattern;
    switch (obstacle.kind) {
    case ObstacleKind::PerforatedTile:
        fill = QColor(120, 170, 220);
        style = Qt::Dense5Pattern;
        break;
    case ObstacleKind::Wall:
        fill = QColor(80, 80, 80);
        break;
    case ObstacleKind::Column:
        fill = QColor(130, 130, 130);
        break;
    case ObstacleKind::Obstacle:
        fill = QColor(175, 160, 140);
        break;
    }
    auto *item = new PlanShapeItem(footprint(obstacle), caption);
    item->setPen(cosmeticPen(QColor(70, 70, 70)));
    item->setBrush(QBrush(fill, style));
    item->setData(0, obstacle.id);
    item->setData(kKindKey, int(EntityKind::Obstacle));
    item->setZValue(obstacle.kind == ObstacleKind::PerforatedTile ? 0 : 1);
    QString tip = tr("<b>%1</b><br>%2 x %3 m")
                      .arg(Labels::of(obstacle.kind), QLocale().toString(obstacle.widthM, 'f', 2),
                          QLocale().toString(obstacle.depthM, 'f', 2));
    if (obstacle.kind == ObstacleKind::PerforatedTile)
        tip += tr("<br>%1 open area").arg(fmt::percent(obstacle.openAreaShare));
    item->setToolTip(tip);
    addItem(item);
    mItems[{ EntityKind::Obstacle, obstacle.id }] = item;
}

void FloorPlanScene::addPowerNode(const PowerNode &node)
{
    auto *item = new PlanShapeItem(footprint(node), Labels::shortOf(node.kind));
    item->setPen(cosmeticPen(QColor(150, 80, 0)));
    item->setBrush(node.side == FeedSide::B ? QColor(255, 215, 160) : kPowerNodeFill);
    item->setData(0, node.id);
    item->setData(kKindKey, int(EntityKind::PowerNode));
    item->setZValue(1);
    item->setToolTip(tr("<b>%1</b> (%2)<br>rated %3")
                         .arg(node.name.toHtmlEscaped(), Labels::of(node.kind), fmt::kilowatts(node.ratingKw, 0)));
    addItem(item);
    mItems[{ EntityKind::PowerNode, node.id }] = item;
}

void FloorPlanScene::addTextLabel(const Label &label)
{
    auto *item = new LabelItem(label);
    item->setData(0, label.id);
    item->setData(kKindKey, int(EntityKind::Label));
    item->setZValue(4);  // above racks and units: a note on the drawing
    item->setToolTip(tr("<b>Label</b><br>%1<br>%2 m high, turned %3°")
                         .arg(label.text.toHtmlEscaped(), QLocale().toString(label.heightM, 'f', 2))
                         .arg(label.rotationDeg));
    addItem(item);
    mItems[{ EntityKind::Label, label.id }] = item;
}

void FloorPlanScene::addRowDecorations()
{
    std::map<Id, QRectF> rowBounds;
    for (const Rack *rack : mPlan.racksInHall(mHallId)) {
        if (rack->rowId != kNoId)
            rowBounds[rack->rowId] |= footprint(*rack);
    }
    for (const auto &[rowId, bounds] : rowBounds) {
        const Row *row = mPlan.find<Row>(rowId);
        if (!row)
            continue;
        const bool vertical = bounds.height() > bounds.width();
        addLabel(this, row->name,
            vertical ? QPointF(bounds.center().x() + 0.25, bounds.top() - 0.5)
                     : QPointF(bounds.left() - 0.15, bounds.center().y()),
            0.5);
        if (row->containment == Containment::HotAisle || row->containment == Containment::ColdAisle) {
            // Containment drawn as a dashed frame around the row.
            addRect(bounds.adjusted(-0.05, -0.05, 0.05, 0.05),
                cosmeticPen(row->containment == Containment::HotAisle ? kHotAisleLine : kColdAisleLine, 2, Qt::DotLine))
                ->setZValue(2);
        }
    }
}

QColor FloorPlanScene::rackColour(const Rack &rack) const
{
    switch (mColourMode) {
    case RackColourMode::PowerUse: {
        const RackMetrics m = computeRackMetrics(mPlan, rack.id);
        return m.deviceCount == 0 ? kEmptyRack : RackItem::colourForUse(m.powerUse(rack));
    }
    case RackColourMode::FloorLoad: {
        const Hall *hall = mPlan.find<Hall>(rack.hallId);
        const RackMetrics m = computeRackMetrics(mPlan, rack.id);
        const QRectF area = footprint(rack);
        const double loadKgPerM2 = m.totalWeightKg / std::max(1e-6, area.width() * area.height());
        return !hall || hall->floorLoadKgPerM2 <= 0 ? kNoResult
                                                    : RackItem::colourForUse(loadKgPerM2 / hall->floorLoadKgPerM2);
    }
    case RackColourMode::CoolingType:
        return rack.cooling == RackCooling::Air   ? kAirCooled
            : rack.cooling == RackCooling::Liquid ? kLiquidCooled
                                                  : kHybridCooled;
    case RackColourMode::CoolantMargin: {
        const auto it = mCoolantMargins.find(rack.id);
        if (it == mCoolantMargins.end())
            return kNoResult;
        if (it->second.overLimit || it->second.flowMarginShare < 0.0)
            return kTooHot;
        return it->second.flowMarginShare < kThinCoolantMargin ? kAllowable : kRecommended;
    }
    case RackColourMode::InletTemperature: {
        const auto it = mInletTempC.find(rack.id);
        if (it == mInletTempC.end() || !std::isfinite(it->second))
            return kNoResult;
        const Hall *hall = mPlan.find<Hall>(rack.hallId);
        const AshraeInletLimits limits = AshraeInletLimits::of(hall ? hall->ashraeClass : AshraeClass::A2);
        if (it->second < limits.recommendedMinC)
            return kTooCold;
        if (it->second <= limits.recommendedMaxC)
            return kRecommended;
        return it->second <= limits.allowableMaxC ? kAllowable : kTooHot;
    }
    }
    return kNoResult;
}

QString FloorPlanScene::legendTitle() const
{
    switch (mColourMode) {
    case RackColourMode::PowerUse:
        return tr("Rack power use");
    case RackColourMode::FloorLoad:
        return tr("Floor load against rating");
    case RackColourMode::CoolingType:
        return tr("Rack cooling");
    case RackColourMode::InletTemperature:
        return tr("Rack inlet temperature");
    case RackColourMode::CoolantMargin:
        return tr("Rack coolant margin");
    }
    return {};
}

std::vector<LegendEntry> FloorPlanScene::legend() const
{
    switch (mColourMode) {
    case RackColourMode::PowerUse:
        return { { kEmptyRack, tr("Empty") }, { RackItem::colourForUse(0.4), tr("< 50 % of budget") },
            { RackItem::colourForUse(0.75), tr("75 %") }, { RackItem::colourForUse(1.0), tr("100 %") },
            { RackItem::colourForUse(1.1), tr("Over budget") } };
    case RackColourMode::FloorLoad:
        return { { RackItem::colourForUse(0.4), tr("< 50 % of floor rating") },
            { RackItem::colourForUse(0.75), tr("75 %") }, { RackItem::colourForUse(1.0), tr("100 %") },
            { RackItem::colourForUse(1.1), tr("Over the floor rating") } };
    case RackColourMode::CoolingType:
        return { { kAirCooled, Labels::of(RackCooling::Air) }, { kLiquidCooled, Labels::of(RackCooling::Liquid) },
            { kHybridCooled, Labels::of(RackCooling::Hybrid) } };
    case RackColourMode::CoolantMargin:
        return { { kRecommended, tr("Flow %1 or more above need").arg(fmt::percent(kThinCoolantMargin)) },
            { kAllowable, tr("Flow less than %1 above need").arg(fmt::percent(kThinCoolantMargin)) },
            { kTooHot, tr("Short of flow or coolant over its limit") }, { kNoResult, tr("Not on a coolant loop") } };
    case RackColourMode::InletTemperature: {
        if (mInletTempC.empty())
            return { { kNoResult, tr("No thermal result") } };
        const Hall *hall = mPlan.find<Hall>(mHallId);
        const AshraeInletLimits l = AshraeInletLimits::of(hall ? hall->ashraeClass : AshraeClass::A2);
        return { { kTooCold, tr("Below %1").arg(celsius(l.recommendedMinC)) },
            { kRecommended, tr("%1 to %2 (recommended)").arg(celsius(l.recommendedMinC), celsius(l.recommendedMaxC)) },
            { kAllowable, tr("Up to %1 (allowable)").arg(celsius(l.allowableMaxC)) },
            { kTooHot, tr("Above %1").arg(celsius(l.allowableMaxC)) }, { kNoResult, tr("No result for this rack") } };
    }
    }
    return {};
}

std::vector<LegendEntry> FloorPlanScene::symbolLegend() const
{
    std::vector<LegendEntry> entries { { kCoolingUnitFill, tr("Cooling unit") }, { kPowerNodeFill, tr("Power node") },
        { kHotAisleLine, tr("Hot-aisle containment"), true }, { kColdAisleLine, tr("Cold-aisle containment"), true } };
    if (mShowCoolantPipes) {
        entries.push_back({ kSupplyPipe, tr("Coolant supply pipe"), true });
        entries.push_back({ kReturnPipe, tr("Coolant return pipe"), true });
    }
    if (!mLayout.racksWithIssues.empty())
        entries.push_back({ RackItem::kWarningColour, tr("Rack with a layout problem (see the findings)"), true });
    return entries;
}

void FloorPlanScene::setShowCoolantPipes(bool on)
{
    if (on == mShowCoolantPipes)
        return;
    mShowCoolantPipes = on;
    rebuild();
    emit overlaysChanged();
}

void FloorPlanScene::addCoolantPipes()
{
    std::map<Id, QPointF> racks, cdus;
    for (const auto &[ref, item] : mItems) {
        if (ref.kind == EntityKind::Rack)
            racks[ref.id] = item->sceneBoundingRect().center();
        else if (ref.kind == EntityKind::CoolingUnit)
            cdus[ref.id] = item->sceneBoundingRect().center();
    }
    for (const CoolantPipeRoute &route : CoolantPipes::routes(mPlan, mHallId, racks, cdus)) {
        QPainterPath path;
        path.addPolygon(route.path);
        QPen pen = cosmeticPen(route.supply ? kSupplyPipe : kReturnPipe);
        pen.setWidthF(2.5);
        if (!route.supply)
            pen.setStyle(Qt::DashLine);
        auto *item = addPath(path, pen);
        item->setZValue(3);  // overhead: above racks and units
        item->setOpacity(0.85);
        item->setAcceptedMouseButtons(Qt::NoButton);  // clicks go to the racks below
        item->setData(kPipeKey, QVariant::fromValue(route.loopId));
        const CoolantLoop *loop = mPlan.find<CoolantLoop>(route.loopId);
        item->setToolTip(route.supply ? tr("%1: supply").arg(loop->name) : tr("%1: return").arg(loop->name));
    }
}

QList<QGraphicsPathItem *> FloorPlanScene::coolantPipeItems() const
{
    QList<QGraphicsPathItem *> out;
    for (QGraphicsItem *item : items()) {
        if (auto *path = qgraphicsitem_cast<QGraphicsPathItem *>(item); path && path->data(kPipeKey).isValid())
            out << path;
    }
    return out;
}

void FloorPlanScene::recolourRacks()
{
    for (const auto &[ref, item] : mItems) {
        if (ref.kind != EntityKind::Rack)
            continue;
        if (const Rack *rack = mPlan.find<Rack>(ref.id))
            static_cast<RackItem *>(item)->setBrush(rackColour(*rack));
    }
}

void FloorPlanScene::setColourMode(RackColourMode mode)
{
    if (mode == mColourMode)
        return;
    mColourMode = mode;
    if (mode == RackColourMode::CoolantMargin)
        mCoolantMargins = LiquidFindings::rackMargins(mPlan);
    recolourRacks();
    emit overlaysChanged();
}

void FloorPlanScene::setRackInletTemperatures(const std::map<Id, double> &inletTempC)
{
    mInletTempC = inletTempC;
    if (mColourMode == RackColourMode::InletTemperature)
        recolourRacks();
    emit overlaysChanged();
}

void FloorPlanScene::setHighlighted(const std::vector<PlanItemRef> &items)
{
    mHighlighted = items;
    update();
    emit overlaysChanged();
}

void FloorPlanScene::setRackBadges(const std::map<Id, QString> &badges)
{
    mBadges = badges;
    update();
    emit overlaysChanged();
}

void FloorPlanScene::rebuild()
{
    mRebuildTimer.stop();
    const std::vector<PlanItemRef> selected = selectedRefs();
    // The coolant margins need a solve of the loops (milliseconds): only while they are shown.
    mCoolantMargins = mColourMode == RackColourMode::CoolantMargin ? LiquidFindings::rackMargins(mPlan)
                                                                   : std::map<Id, RackCoolantMargin> {};
    clear();
    mItems.clear();
    mUnderlays.clear();
    mLayout = {};
    mOutside.clear();
    const Hall *hall = mPlan.find<Hall>(mHallId);
    if (!hall) {
        setSceneRect(0, 0, 10, 10);
        return;
    }
    for (const auto &[id, obstacle] : mPlan.all<Obstacle>()) {
        if (obstacle.hallId == mHallId)
            addObstacle(obstacle);
    }
    const auto metrics = computeRackMetrics(mPlan);
    const Hall &h = *hall;
    for (const Rack *rack : mPlan.racksInHall(mHallId)) {
        auto *item = new RackItem(*rack);
        item->setData(kKindKey, int(EntityKind::Rack));
        item->setBrush(rackColour(*rack));
        const RackMetrics &m = metrics.at(rack->id);
        const Row *row = mPlan.find<Row>(rack->rowId);
        item->setToolTip(
            tr("<b>%1</b>%2<br>%3 of %4 budget (%5)<br>%6 GPUs, %7<br>%8")
                .arg(rack->name.toHtmlEscaped(), row ? tr(" in row %1").arg(row->name.toHtmlEscaped()) : QString(),
                    fmt::kilowatts(m.maxPowerKw), fmt::kilowatts(rack->maxPowerKw), fmt::percent(m.powerUse(*rack)),
                    fmt::integer(m.gpuCount), fmt::kilograms(m.totalWeightKg), Labels::of(rack->cooling)));
        addItem(item);
        mItems[{ EntityKind::Rack, rack->id }] = item;
    }
    addRowDecorations();
    for (const auto &[id, unit] : mPlan.all<CoolingUnit>()) {
        if (unit.hallId == mHallId)
            addCoolingUnit(unit);
    }
    for (const auto &[id, node] : mPlan.all<PowerNode>()) {
        if (node.hallId == mHallId)
            addPowerNode(node);
    }
    for (const auto &[id, label] : mPlan.all<Label>()) {
        if (label.hallId == mHallId)
            addTextLabel(label);
    }
    if (mShowCoolantPipes)
        addCoolantPipes();
    mLayout = LayoutChecks::check(mPlan, mHallId);
    // Every rack with an issue is framed; the listed issues (a limited number of each kind) also explain it,
    // on both racks of a colliding pair (the check names the pair once).
    for (Id rackId : mLayout.racksWithIssues) {
        if (auto *item = itemFor({ EntityKind::Rack, rackId }))
            static_cast<RackItem *>(item)->setWarning(true);
    }
    for (const LayoutIssue &issue : mLayout.issues) {
        for (Id rackId : { issue.rackId, issue.otherKind == EntityKind::Rack ? issue.otherId : kNoId }) {
            if (auto *item = itemFor({ EntityKind::Rack, rackId }))
                item->setToolTip(item->toolTip()
                    + QStringLiteral("<br><font color='#c00000'>%1</font>").arg(issue.message.toHtmlEscaped()));
        }
    }
    mOutside = LayoutChecks::outsideHall(mPlan, mHallId);
    for (const OutsideItem &outside : mOutside) {
        if (QGraphicsItem *item = itemFor({ outside.kind, outside.id }))
            item->setToolTip(item->toolTip()
                + QStringLiteral("<br><font color='#c00000'>%1</font>").arg(outside.message.toHtmlEscaped()));
    }
    // The hall with a margin, grown to whatever stands outside it so that it can be seen and moved back.
    setSceneRect(QRectF(0, 0, h.widthM, h.depthM).united(itemsBoundingRect()).adjusted(-2, -2, 2, 2));
    // Underlays after the scene's extent: a drawing larger than the hall must not push the hall into a corner.
    for (const auto &[id, underlay] : mPlan.all<Underlay>()) {
        if (underlay.hallId != mHallId)
            continue;
        auto *item = new UnderlayItem(underlay);
        addItem(item);
        mUnderlays.push_back(item);
    }
    selectRefs(selected);
}

std::optional<QPointF> FloorPlanScene::snapToUnderlay(QPointF atM, double radiusM) const
{
    std::optional<QPointF> best;
    double bestDistance = radiusM;
    for (const UnderlayItem *underlay : mUnderlays) {
        if (const std::optional<QPointF> point = underlay->snap(atM, radiusM)) {
            const double distance = QLineF(atM, *point).length();
            if (distance <= bestDistance)
                bestDistance = distance, best = point;
        }
    }
    return best;
}

void FloorPlanScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    const Hall *hall = mPlan.find<Hall>(mHallId);
    if (!hall)
        return;
    const QRectF floor(0, 0, hall->widthM, hall->depthM);
    painter->fillRect(floor & rect, hall->floorType == FloorType::RaisedFloor ? QColor(252, 252, 246) : Qt::white);
    // Grid: lines at least 8 pixels apart; every fifth line stronger.
    const double pixelsPerMetre = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    double step = 0.1;
    for (double candidate : { 0.1, 0.6, 1.0, 5.0, 10.0, 50.0 }) {
        step = candidate;
        if (candidate * pixelsPerMetre >= 8)
            break;
    }
    const QRectF area = floor & rect;
    const QPen minor = cosmeticPen(QColor(232, 232, 232));
    const QPen major = cosmeticPen(QColor(205, 205, 205));
    QVector<QLineF> minorLines, majorLines;
    const auto isMajor = [step](double v) { return std::fmod(std::round(v / step), 5.0) == 0.0; };
    for (double x = std::ceil(area.left() / step) * step; x <= area.right(); x += step)
        (isMajor(x) ? majorLines : minorLines).append(QLineF(x, area.top(), x, area.bottom()));
    for (double y = std::ceil(area.top() / step) * step; y <= area.bottom(); y += step)
        (isMajor(y) ? majorLines : minorLines).append(QLineF(area.left(), y, area.right(), y));
    painter->setPen(minor);
    painter->drawLines(minorLines);
    painter->setPen(major);
    painter->drawLines(majorLines);
    // The hall's outline: its walls.
    painter->setPen(cosmeticPen(QColor(40, 40, 40), 3));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(floor);
}

void FloorPlanScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    // Whatever stands outside the hall: a red dashed frame a little outside the item.
    if (!mOutside.empty()) {
        painter->save();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(cosmeticPen(QColor(220, 0, 0), 2, Qt::DashLine));
        for (const OutsideItem &outside : mOutside) {
            if (QGraphicsItem *item = itemFor({ outside.kind, outside.id })) {
                const QRectF r = item->sceneBoundingRect().adjusted(-0.1, -0.1, 0.1, 0.1);
                if (r.intersects(rect))
                    painter->drawRect(r);
            }
        }
        painter->restore();
    }
    if (mHighlighted.empty() && mBadges.empty())
        return;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(cosmeticPen(QColor(255, 140, 0), 3));
    for (const PlanItemRef &ref : mHighlighted) {
        if (QGraphicsItem *item = itemFor(ref)) {
            const QRectF r = item->sceneBoundingRect();
            if (r.intersects(rect))
                painter->drawRect(r.adjusted(-0.05, -0.05, 0.05, 0.05));
        }
    }
    // Badges keep their screen size: draw them untransformed at the mapped rack centre.
    const QTransform world = painter->worldTransform();
    painter->resetTransform();
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    for (const auto &[rackId, text] : mBadges) {
        QGraphicsItem *item = itemFor({ EntityKind::Rack, rackId });
        if (!item || text.isEmpty() || !item->sceneBoundingRect().intersects(rect))
            continue;
        const QPointF at = world.map(item->sceneBoundingRect().center());
        const int w = metrics.horizontalAdvance(text) + 8;
        const QRectF box(at.x() - w / 2.0, at.y() - metrics.height() / 2.0 - 1, w, metrics.height() + 2);
        painter->setPen(QColor(255, 255, 255));
        painter->setBrush(QColor(30, 30, 30, 210));
        painter->drawRoundedRect(box, 4, 4);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->restore();
}

void FloorPlanScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (isPlanItem(item)) {
            const PlanItemRef ref = refOf(item);
            emit entityActivated(ref.kind, ref.id);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

std::vector<PlanItemRef> FloorPlanScene::selectedRefs() const
{
    std::vector<PlanItemRef> refs;
    for (QGraphicsItem *item : selectedItems()) {
        if (isPlanItem(item))
            refs.push_back(refOf(item));
    }
    std::sort(refs.begin(), refs.end());
    return refs;
}

std::vector<Id> FloorPlanScene::selectedRacks() const
{
    std::vector<Id> ids;
    for (const PlanItemRef &ref : selectedRefs()) {
        if (ref.kind == EntityKind::Rack)
            ids.push_back(ref.id);
    }
    return ids;
}

void FloorPlanScene::selectRefs(const std::vector<PlanItemRef> &refs)
{
    // One selectionChanged for the whole set: block the per-item signals.
    const bool blocked = blockSignals(true);
    clearSelection();
    for (const PlanItemRef &ref : refs) {
        if (QGraphicsItem *item = itemFor(ref))
            item->setSelected(true);
    }
    blockSignals(blocked);
    emit selectionChanged();
}

int FloorPlanScene::selectRacks(const std::vector<Id> &rackIds)
{
    std::vector<PlanItemRef> refs;
    for (Id id : rackIds) {
        if (itemFor({ EntityKind::Rack, id }))
            refs.push_back({ EntityKind::Rack, id });
    }
    selectRefs(refs);
    return int(refs.size());
}

QGraphicsItem *FloorPlanScene::select(EntityKind kind, Id id)
{
    QGraphicsItem *item = itemFor({ kind, id });
    selectRefs(item ? std::vector<PlanItemRef> { { kind, id } } : std::vector<PlanItemRef> {});
    return item;
}

}  // namespace rw
