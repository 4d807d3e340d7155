// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/thermalestimate.h"
#include "analysis/thermalrunner.h"

#include <QDialog>

#include <utility>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace rw {

class NumberField;

/// The settings of a thermal run, shown before it starts: cell size, engine, turbulence model and a
/// cooling unit to fail, with what the run will take (grid and cells, the memory the engine will
/// allocate, the time estimated from a measured speed). Nothing runs until the user says Run.
class ThermalSettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// coolers: the units of the case that may be failed (name, id).
    ThermalSettingsDialog(const engine::ThermalCase &thermalCase, const ThermalRunRequest &request,
        const std::vector<std::pair<QString, Id>> &coolers, std::size_t memoryLimitBytes, QWidget *parent = nullptr);

    /// The request as set in the dialog (valid when it was accepted).
    ThermalRunRequest request() const;
    /// What the run will take with the settings shown.
    const ThermalRunEstimate &estimate() const { return mEstimate; }
    /// The lines shown for cells, memory and time.
    QString gridText() const;
    QString memoryText() const;
    QString timeText() const;
    NumberField *cellField() const { return mCell; }

private:
    void updateEstimate();

    const engine::ThermalCase &mCase;
    ThermalRunRequest mRequest;
    std::size_t mMemoryLimitBytes;
    ThermalRunEstimate mEstimate;
    NumberField *mCell;
    QComboBox *mEngine;
    QComboBox *mTurbulence;
    QComboBox *mFail;
    QDoubleSpinBox *mDuration;
    QLabel *mGrid;
    QLabel *mMemory;
    QLabel *mTime;
    QDialogButtonBox *mButtons;
};

}  // namespace rw
