// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace rw {

template <typename T> class FieldForm;

/// Edits one heat-rejection stage of a facility water system: the loop, the cooling unit (a chiller, dry cooler
/// or water heat exchanger) whose capacity and setpoint it uses, its kind, place in the series, approach, sink
/// and water-side pressure drop.
class LoopStageDialog : public QDialog {
    Q_OBJECT
public:
    LoopStageDialog(const Plan &plan, const LoopRejection &stage, QWidget *parent = nullptr);
    ~LoopStageDialog() override;
    LoopRejection stage() const;

private:
    LoopRejection mOriginal;
    std::unique_ptr<FieldForm<LoopRejection>> mForm;
    QComboBox *mLoop;
    QComboBox *mUnit;
};

}  // namespace rw
