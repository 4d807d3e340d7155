// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapoverlay.h"

#include "analysis/thermalrunner.h"
#include "floorplan/floorplanscene.h"
#include "heatmapitem.h"

#include <QTimer>

namespace rw {

HeatMapOverlay::HeatMapOverlay(FloorPlanScene *scene, QObject *parent) : QObject(parent), mScene(scene)
{
    // A rebuild after an edit or a hall switch changes which hall is shown; check after it.
    connect(
        mScene, &QGraphicsScene::sceneRectChanged, this, [this] { QTimer::singleShot(0, this, [this] { update(); }); });
}

HeatMapOverlay::~HeatMapOverlay()
{
    removeItem();
}

void HeatMapOverlay::setRun(std::shared_ptr<const ThermalRun> run)
{
    mRun = std::move(run);
    mScale = mRun ? TemperatureScale::of(mRun->result.fields) : TemperatureScale {};
    removeItem();
    update();
}

void HeatMapOverlay::setHeightM(float heightM)
{
    if (heightM == mHeightM)
        return;
    mHeightM = heightM;
    removeItem();
    update();
}

void HeatMapOverlay::setVisible(bool visible)
{
    mVisible = visible;
    if (!visible)
        removeItem();
    update();
}

HeatMapItem *HeatMapOverlay::item() const
{
    return mItem.data();
}

void HeatMapOverlay::removeItem()
{
    if (mItem) {
        HeatMapItem *item = mItem.data();
        mItem = nullptr;
        disconnect(item, nullptr, this, nullptr);
        delete item;
    }
}

void HeatMapOverlay::update()
{
    const bool wanted = mVisible && mRun && mRun->hallId == mScene->hall() && mRun->result.fields.grid.cellCount() > 0;
    if (!wanted) {
        removeItem();
        return;
    }
    if (mItem)
        return;
    auto *item = new HeatMapItem(mRun->result.fields, mHeightM, mScale);
    mScene->addItem(item);
    mItem = item;
    // The scene's clear() on a rebuild deletes the item: add a new one once the rebuild is done.
    connect(item, &QObject::destroyed, this, [this] { QTimer::singleShot(0, this, [this] { update(); }); });
}

}  // namespace rw
