#include "floorplanscene.h"

#include "formatting.h"
#include "i18n/labels.h"
#include "plan/rackmetrics.h"
#include "rackitem.h"

#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace rw {
namespace {

constexpr int kKindKey = 1;  // item data: EntityKind of what the item shows; key 0 holds the id

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
    label->setPos(at.x() - label->boundingRect().width() * scale / 2, at.y() - heightM / 2);
    label->setBrush(QColor(70, 70, 70));
    label->setZValue(3);
    return label;
}

}  // namespace

FloorPlanScene::FloorPlanScene(const Plan &plan, QObject *parent) : QGraphicsScene(parent), mPlan(plan)
{
    mRebuildTimer.setSingleShot(true);
    mRebuildTimer.setInterval(0);
    connect(&mRebuildTimer, &QTimer::timeout, this, &FloorPlanScene::rebuild);
    connect(&plan, &Plan::entityChanged, this, &FloorPlanScene::scheduleRebuild);
    connect(&plan, &Plan::reset, this, [this] {
        if (!mPlan.find<Hall>(mHallId))
            mHallId = mPlan.all<Hall>().empty() ? kNoId : mPlan.all<Hall>().begin()->first;
        scheduleRebuild();
    });
    setBackgroundBrush(QColor(250, 250, 248));
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

void FloorPlanScene::addHallOutline(const Hall &hall)
{
    auto *floor = addRect(0, 0, hall.widthM, hall.depthM, cosmeticPen(QColor(40, 40, 40), 2), QColor(255, 255, 255));
    floor->setZValue(-2);
    // A 1 m grid: faint, below everything, to read distances at a glance.
    const QPen gridPen = cosmeticPen(QColor(232, 232, 232));
    for (int x = 1; x < int(hall.widthM); ++x)
        addLine(x, 0, x, hall.depthM, gridPen)->setZValue(-1);
    for (int y = 1; y < int(hall.depthM); ++y)
        addLine(0, y, hall.widthM, y, gridPen)->setZValue(-1);
}

void FloorPlanScene::addCoolingUnit(const CoolingUnit &unit)
{
    const bool sideways = unit.facing == Facing::East || unit.facing == Facing::West;
    const double w = sideways ? unit.widthM : unit.depthM;
    const double d = sideways ? unit.depthM : unit.widthM;
    auto *item = addRect(unit.xM - w / 2, unit.yM - d / 2, w, d, cosmeticPen(QColor(20, 70, 140)),
                         unit.standby ? QColor(200, 220, 245) : QColor(120, 170, 230));
    item->setFlag(QGraphicsItem::ItemIsSelectable);
    item->setData(0, unit.id);
    item->setData(kKindKey, int(EntityKind::CoolingUnit));
    item->setZValue(1);
    item->setToolTip(QCoreApplication::translate("rw::FloorPlanScene", "<b>%1</b> (%2)<br>%3 cooling capacity%4")
                         .arg(unit.name.toHtmlEscaped(), Labels::of(unit.kind), fmt::kilowatts(unit.capacityKw, 0),
                              unit.standby ? QCoreApplication::translate("rw::FloorPlanScene", ", standby")
                                           : QString()));
}

void FloorPlanScene::rebuild()
{
    mRebuildTimer.stop();
    clear();
    const Hall *hall = mPlan.find<Hall>(mHallId);
    if (!hall) {
        setSceneRect(0, 0, 10, 10);
        return;
    }
    addHallOutline(*hall);
    for (const auto &[id, obstacle] : mPlan.all<Obstacle>()) {
        if (obstacle.hallId != mHallId)
            continue;
        auto *item = addRect(obstacle.xM - obstacle.widthM / 2, obstacle.yM - obstacle.depthM / 2, obstacle.widthM,
                             obstacle.depthM, cosmeticPen(QColor(90, 90, 90)),
                             obstacle.kind == ObstacleKind::PerforatedTile ? QColor(210, 235, 255) : QColor(160, 160, 160));
        item->setToolTip(Labels::of(obstacle.kind));
    }
    const auto metrics = computeRackMetrics(mPlan);
    std::map<Id, QRectF> rowBounds;
    for (const Rack *rack : mPlan.racksInHall(mHallId)) {
        auto *item = new RackItem(*rack, metrics.at(rack->id));
        item->setData(kKindKey, int(EntityKind::Rack));
        addItem(item);
        if (rack->rowId != kNoId)
            rowBounds[rack->rowId] |= item->sceneBoundingRect();
    }
    for (const auto &[rowId, bounds] : rowBounds) {
        const Row *row = mPlan.find<Row>(rowId);
        if (!row)
            continue;
        addLabel(this, row->name, QPointF(bounds.left() - 0.6, bounds.center().y()), 0.5);
        if (row->containment == Containment::HotAisle || row->containment == Containment::ColdAisle) {
            // Containment drawn as a dashed frame around the row.
            addRect(bounds.adjusted(-0.05, -0.05, 0.05, 0.05),
                    cosmeticPen(row->containment == Containment::HotAisle ? QColor(200, 60, 40) : QColor(40, 110, 200),
                                1, Qt::DashLine))
                ->setZValue(2);
        }
    }
    for (const auto &[id, unit] : mPlan.all<CoolingUnit>()) {
        if (unit.hallId == mHallId)
            addCoolingUnit(unit);
    }
    setSceneRect(QRectF(-2, -2, hall->widthM + 4, hall->depthM + 4));
}

QGraphicsItem *FloorPlanScene::select(EntityKind kind, Id id)
{
    clearSelection();
    for (QGraphicsItem *item : items()) {
        if (item->data(kKindKey).toInt() == int(kind) && item->data(0).toLongLong() == id
            && item->flags().testFlag(QGraphicsItem::ItemIsSelectable)) {
            item->setSelected(true);
            return item;
        }
    }
    return nullptr;
}

}  // namespace rw
