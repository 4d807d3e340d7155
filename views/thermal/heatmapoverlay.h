// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/ids.h"
#include "thermalslice.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace rw {

class FloorPlanScene;
class HeatMapItem;
struct ThermalRun;

/// Keeps a heat map of the last run on the floor plan while the scene shows the run's hall. The scene
/// deletes all items when it rebuilds after an edit; the overlay then adds its item again.
class HeatMapOverlay : public QObject {
    Q_OBJECT
public:
    explicit HeatMapOverlay(FloorPlanScene *scene, QObject *parent = nullptr);
    ~HeatMapOverlay() override;

    void setRun(std::shared_ptr<const ThermalRun> run);
    void setHeightM(float heightM);
    float heightM() const { return mHeightM; }
    void setVisible(bool visible);
    bool isVisible() const { return mVisible; }
    /// The item on the scene now, or nullptr.
    HeatMapItem *item() const;
    const TemperatureScale &scale() const { return mScale; }

private:
    void update();
    void removeItem();

    FloorPlanScene *mScene;
    std::shared_ptr<const ThermalRun> mRun;
    TemperatureScale mScale;
    QPointer<HeatMapItem> mItem;
    float mHeightM = 1.0f;
    bool mVisible = true;
};

}  // namespace rw
