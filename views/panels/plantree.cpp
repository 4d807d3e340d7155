// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantree.h"

#include "catalogue/catalogue.h"
#include "formatting.h"
#include "i18n/labels.h"
#include "plan/rackmetrics.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>

namespace rw {
namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2;  // stable name of a group node, to keep it expanded

QString itemPath(const QTreeWidgetItem *item)
{
    QString path;
    for (; item; item = item->parent())
        path.prepend(item->data(0, kGroupRole).toString() + item->data(0, kKeyRole).toString() + QLatin1Char('/'));
    return path;
}

}  // namespace

PlanTree::PlanTree(const Plan &plan, QWidget *parent) : QTreeWidget(parent), mPlan(plan)
{
    setColumnCount(2);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    mRebuildTimer.setSingleShot(true);
    mRebuildTimer.setInterval(50);
    connect(&mRebuildTimer, &QTimer::timeout, this, &PlanTree::rebuild);
    auto schedule = [this] { mRebuildTimer.start(); };
    connect(&plan, &Plan::entityChanged, this, schedule);
    connect(&plan, &Plan::siteChanged, this, schedule);
    connect(&plan, &Plan::reset, this, schedule);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || mSelecting || item->data(0, kGroupRole).isValid())
            return;
        emit entityActivated(EntityKind(item->data(0, kKindRole).toInt()), item->data(0, kKeyRole));
    });
    rebuild();
}

void PlanTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTreeWidget::changeEvent(event);
}

QTreeWidgetItem *PlanTree::addItem(QTreeWidgetItem *parent, const QString &text, EntityKind kind, const QVariant &key,
                                   const QString &detail)
{
    auto *item = new QTreeWidgetItem(parent, {text, detail});
    item->setData(0, kKindRole, int(kind));
    item->setData(0, kKeyRole, key);
    return item;
}

void PlanTree::rebuild()
{
    QSet<QString> expanded;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->isExpanded())
            expanded.insert(itemPath(*it));
    }
    const bool firstBuild = topLevelItemCount() == 0;
    clear();
    setHeaderLabels({tr("Plan"), tr("Details")});
    auto group = [this](const QString &name, const char *id) {
        auto *item = new QTreeWidgetItem(this, {name});
        item->setData(0, kGroupRole, QString::fromLatin1(id));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };

    const auto metrics = computeRackMetrics(mPlan);
    auto *halls = group(tr("Halls"), "halls");
    for (const auto &[hallId, hall] : mPlan.all<Hall>()) {
        auto *hallItem = addItem(halls, hall.name, EntityKind::Hall, hallId,
                                 tr("%1 x %2 m").arg(QLocale().toString(hall.widthM, 'f', 1),
                                                     QLocale().toString(hall.depthM, 'f', 1)));
        std::map<Id, QTreeWidgetItem *> rowItems;
        for (const auto &[rowId, row] : mPlan.all<Row>()) {
            if (row.hallId == hallId)
                rowItems[rowId] = addItem(hallItem, row.name, EntityKind::Row, rowId,
                    row.containment == Containment::None ? tr("Row without containment")
                                                         : tr("Row, containment: %1").arg(Labels::of(row.containment)));
        }
        for (const Rack *rack : mPlan.racksInHall(hallId)) {
            const auto it = rowItems.find(rack->rowId);
            const RackMetrics &m = metrics.at(rack->id);
            auto *rackItem = addItem(it != rowItems.end() ? it->second : hallItem, rack->name, EntityKind::Rack, rack->id,
                                     tr("%1 of %2").arg(fmt::kilowatts(m.maxPowerKw), fmt::kilowatts(rack->maxPowerKw)));
            for (const MountedDevice *device : mPlan.devicesInRack(rack->id)) {
                const DeviceType *type = mPlan.find<DeviceType>(device->typeKey);
                addItem(rackItem, tr("U%1 %2").arg(device->positionU).arg(type ? Catalogue::modelText(*type) : device->typeKey),
                        EntityKind::Device, device->id, device->label);
            }
        }
        for (const auto &[labelId, label] : mPlan.all<Label>()) {
            if (label.hallId == hallId)
                addItem(hallItem, tr("Label \"%1\"").arg(label.text), EntityKind::Label, labelId,
                    tr("%1 m high").arg(QLocale().toString(label.heightM, 'f', 2)));
        }
    }
    auto *cooling = group(tr("Cooling"), "cooling");
    for (const auto &[id, unit] : mPlan.all<CoolingUnit>())
        addItem(cooling, unit.name, EntityKind::CoolingUnit, id,
                tr("%1, %2").arg(Labels::of(unit.kind), fmt::kilowatts(unit.capacityKw, 0)));
    auto *power = group(tr("Power chain"), "power");
    for (const auto &[id, node] : mPlan.all<PowerNode>())
        addItem(power, node.name, EntityKind::PowerNode, id,
            node.side == FeedSide::None
                ? tr("%1, %2").arg(Labels::of(node.kind), fmt::kilowatts(node.ratingKw, 0))
                : tr("%1, side %2, %3")
                      .arg(Labels::of(node.kind), Labels::of(node.side), fmt::kilowatts(node.ratingKw, 0)));
    auto *scenarios = group(tr("Scenarios"), "scenarios");
    for (const auto &[id, scenario] : mPlan.all<Scenario>()) {
        auto *scenarioItem = addItem(scenarios, scenario.name, EntityKind::Scenario, id,
                                     tr("%n year(s)", nullptr, scenario.horizonYears));
        for (const auto &[phaseId, phase] : mPlan.all<Phase>()) {
            if (phase.scenarioId == id)
                addItem(scenarioItem, phase.name, EntityKind::Phase, phaseId,
                        tr("month %1: %2 installed").arg(phase.startMonth).arg(fmt::percent(phase.installedShare)));
        }
    }
    auto *types = group(tr("Device types"), "types");
    for (const auto &[key, type] : mPlan.all<DeviceType>())
        addItem(types, type.manufacturer + QLatin1Char(' ') + Catalogue::modelText(type), EntityKind::DeviceType, key,
                tr("%1 U, %2").arg(type.heightU).arg(fmt::kilowatts(type.maxPowerW / 1000.0)));

    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (expanded.contains(itemPath(*it)))
            (*it)->setExpanded(true);
    }
    if (firstBuild) {
        halls->setExpanded(true);
        if (halls->childCount() > 0)
            halls->child(0)->setExpanded(true);
    }
}

void PlanTree::select(EntityKind kind, const QVariant &key)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (!(*it)->data(0, kGroupRole).isValid() && (*it)->data(0, kKindRole).toInt() == int(kind)
            && (*it)->data(0, kKeyRole) == key) {
            mSelecting = true;
            setCurrentItem(*it);
            scrollToItem(*it);
            mSelecting = false;
            return;
        }
    }
}

}  // namespace rw
