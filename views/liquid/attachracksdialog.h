// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;

namespace rw {

template <typename T> class FieldForm;

/// Puts racks on a CDU's technology loop: the loop, and the figures each of them gets (branch pipe, cold
/// plates, the flow it needs, its coolant limits, its thermal mass).
class AttachRacksDialog : public QDialog {
    Q_OBJECT
public:
    /// `figures` are the starting values (LiquidDefaults::attachment); its loopId preselects the loop.
    AttachRacksDialog(
        const Plan &plan, const std::vector<Id> &rackIds, const LoopRack &figures, QWidget *parent = nullptr);
    ~AttachRacksDialog() override;
    Id loopId() const;
    LoopRack figures() const;

private:
    LoopRack mOriginal;
    std::unique_ptr<FieldForm<LoopRack>> mForm;
    QComboBox *mLoop;
};

}  // namespace rw
