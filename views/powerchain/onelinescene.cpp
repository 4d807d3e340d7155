// SPDX-License-Identifier: GPL-3.0-or-later
#include "onelinescene.h"

#include "formatting.h"
#include "i18n/labels.h"
#include "powernodeitem.h"

#include <QGraphicsPathItem>
#include <QPen>

#include <algorithm>

namespace rw {
namespace {

constexpr int kLinkKind = int(EntityKind::PowerLink);

}  // namespace

OneLineScene::OneLineScene(const Plan &plan, QObject *parent) : QGraphicsScene(parent), mPlan(plan)
{
    mRebuildTimer.setSingleShot(true);
    mRebuildTimer.setInterval(0);
    connect(&mRebuildTimer, &QTimer::timeout, this, &OneLineScene::rebuild);
    connect(&plan, &Plan::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::PowerNode || kind == EntityKind::PowerLink || kind == EntityKind::Rack
            || kind == EntityKind::CoolingUnit)
            scheduleRebuild();
    });
    connect(&plan, &Plan::reset, this, &OneLineScene::scheduleRebuild);
    rebuild();
}

void OneLineScene::scheduleRebuild()
{
    mRebuildTimer.start();
}

void OneLineScene::setAnalysis(const PowerAnalysis &analysis)
{
    mBudgets.clear();
    mOverloaded.clear();
    for (const NodeBudget &b : analysis.budgets)
        mBudgets.emplace(b.nodeId, b);
    for (const NodeOverload &o : analysis.normal.overloads)
        mOverloaded[o.nodeId] = true;
    rebuild();
}

void OneLineScene::setScope(const PowerScope &scope)
{
    if (scope == mScope)
        return;
    mScope = scope;
    rebuild();
}

void OneLineScene::rebuild()
{
    mRebuildTimer.stop();
    const std::vector<Id> keepSelected = selectedNodes();
    mRebuilding = true;
    clear();
    const bool everything = mScope.kind == PowerScope::Kind::Everything;
    const std::set<Id> inScope = everything ? std::set<Id>() : mScope.nodes(mPlan);
    mLayout = OneLineLayout::build(mPlan, everything ? nullptr : &inScope);
    // Links that leave the drawing: the nodes below or above that another scope shows.
    std::map<Id, int> hiddenBelow, hiddenAbove;
    if (!everything)
        for (const auto &[id, link] : mPlan.all<PowerLink>()) {
            const bool from = inScope.count(link.fromId) > 0;
            const bool to = inScope.count(link.toId) > 0;
            if (from && !to)
                ++hiddenBelow[link.fromId];
            else if (to && !from)
                ++hiddenAbove[link.toId];
        }

    // What each node feeds directly, collapsed into counts.
    std::map<Id, int> racksOnA, racksOnB, coolingUnits;
    for (const auto &[id, rack] : mPlan.all<Rack>()) {
        if (rack.feedA != kNoId)
            ++racksOnA[rack.feedA];
        if (rack.feedB != kNoId)
            ++racksOnB[rack.feedB];
    }
    for (const auto &[id, unit] : mPlan.all<CoolingUnit>()) {
        if (unit.feedId != kNoId)
            ++coolingUnits[unit.feedId];
    }

    QPen wirePen(QColor(0x50, 0x50, 0x50), 1.4);
    wirePen.setCosmetic(true);
    for (const OneLineLayout::Wire &wire : mLayout.wires) {
        QPainterPath path;
        path.addPolygon(wire.path);
        auto *item = addPath(path, wirePen);
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(0, QVariant::fromValue(wire.linkId));
        item->setData(1, kLinkKind);
        item->setZValue(-1);
        const PowerNode *from = mPlan.find<PowerNode>(wire.fromId);
        const PowerNode *to = mPlan.find<PowerNode>(wire.toId);
        item->setToolTip(tr("%1 feeds %2").arg(from->name, to->name));
    }

    for (const OneLineLayout::Box &box : mLayout.boxes) {
        const PowerNode &node = *mPlan.find<PowerNode>(box.nodeId);
        PowerNodeItem::Labels labels;
        labels.name = node.name;
        labels.kindAndSide = node.side == FeedSide::None
            ? Labels::of(node.kind)
            : tr("%1, side %2").arg(Labels::of(node.kind), Labels::of(node.side));
        if (node.ratingKw > 0 && node.ratingKva > 0)
            labels.rating
                = tr("%1 / %2 kVA").arg(fmt::kilowatts(node.ratingKw, 0), QLocale().toString(node.ratingKva, 'f', 0));
        else if (node.ratingKw > 0)
            labels.rating = fmt::kilowatts(node.ratingKw, 0);
        else if (node.ratingKva > 0)
            labels.rating = tr("%1 kVA").arg(QLocale().toString(node.ratingKva, 'f', 0));
        else
            labels.rating = tr("not rated");
        PowerNodeItem::Load load = PowerNodeItem::Load::Unknown;
        if (const auto it = mBudgets.find(node.id); it != mBudgets.end()) {
            const NodeBudget &b = it->second;
            if (b.ratingKw > 0) {
                labels.load = tr("%1 (%2), N-1 %3")
                                  .arg(fmt::kilowatts(b.designKw, 0), fmt::percent(b.designKw / b.ratingKw),
                                      fmt::percent(b.worstKw / b.ratingKw));
                load = mOverloaded.count(node.id)    ? PowerNodeItem::Load::Overloaded
                    : b.worstKw > b.ratingKw + 0.001 ? PowerNodeItem::Load::OverAfterFailure
                                                     : PowerNodeItem::Load::Fine;
            } else {
                labels.load = tr("%1, N-1 %2").arg(fmt::kilowatts(b.designKw, 0), fmt::kilowatts(b.worstKw, 0));
                load = PowerNodeItem::Load::Fine;
            }
        } else {
            labels.load = tr("load not analysed yet");
        }
        QStringList feeds;
        if (const int a = racksOnA[node.id]; a > 0)
            feeds << tr("racks on A: %1").arg(fmt::integer(a));
        if (const int b = racksOnB[node.id]; b > 0)
            feeds << tr("racks on B: %1").arg(fmt::integer(b));
        if (const int c = coolingUnits[node.id]; c > 0)
            feeds << tr("cooling units: %1").arg(fmt::integer(c));
        if (const int below = hiddenBelow[node.id]; below > 0)
            feeds << tr("%n more node(s) below, not shown here", nullptr, below);
        if (const int above = hiddenAbove[node.id]; above > 0)
            feeds << tr("also fed by %n node(s) not shown here", nullptr, above);
        labels.feeds = feeds.join(QStringLiteral(", "));
        auto *item = new PowerNodeItem(node, box.rect, labels, load);
        addItem(item);
    }
    setSceneRect(mLayout.bounds().adjusted(-60, -40, 60, 40));
    for (Id id : keepSelected) {
        if (PowerNodeItem *item = nodeItem(id))
            item->setSelected(true);
    }
    mRebuilding = false;
    emit rebuilt();
}

std::vector<Id> OneLineScene::selectedNodes() const
{
    std::vector<Id> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->data(1).toInt() == int(EntityKind::PowerNode))
            ids.push_back(item->data(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<Id> OneLineScene::selectedLinks() const
{
    std::vector<Id> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->data(1).toInt() == kLinkKind)
            ids.push_back(item->data(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

PowerNodeItem *OneLineScene::nodeItem(Id nodeId) const
{
    const auto it = mLayout.boxIndex.find(nodeId);
    if (it == mLayout.boxIndex.end())
        return nullptr;
    for (QGraphicsItem *item : items(mLayout.boxes[it->second].rect.center())) {
        if (auto *node = dynamic_cast<PowerNodeItem *>(item); node && node->nodeId() == nodeId)
            return node;
    }
    return nullptr;
}

PowerNodeItem *OneLineScene::selectNode(Id nodeId)
{
    clearSelection();
    PowerNodeItem *item = nodeItem(nodeId);
    if (item)
        item->setSelected(true);
    return item;
}

}  // namespace rw
