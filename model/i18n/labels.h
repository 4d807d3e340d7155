#pragma once

#include "plan/entities.h"

#include <QCoreApplication>

namespace rw {

/// Translated names of enum values, for views and reports (files use enumName() instead).
class Labels {
    Q_DECLARE_TR_FUNCTIONS(rw::Labels)
public:
    static QString of(DeviceCategory value);
    static QString of(Airflow value);
    static QString of(Facing value);
    static QString of(FloorType value);
    static QString of(Containment value);
    static QString of(RackCooling value);
    static QString of(CoolingKind value);
    static QString of(PowerNodeKind value);
    static QString of(FeedSide value);
    static QString of(ObstacleKind value);
    static QString of(Redundancy value);
    static QString of(AshraeClass value);
    /// Why the CUDA engine is not in use, from the engine's English reason.
    static QString engineStatus();
};

}  // namespace rw
