// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;

namespace rw {

template <typename T> class FieldForm;

/// Edits one power node: name, kind, side, ratings (kW and kVA), power factor, the efficiency curve
/// (25/50/75/100 % load) and its redundancy group and scheme. The editor checks the result.
class PowerNodeDialog : public QDialog {
    Q_OBJECT
public:
    PowerNodeDialog(const PowerNode &node, bool readOnly, QWidget *parent = nullptr);
    ~PowerNodeDialog() override;
    PowerNode node() const;

    /// For a new node: adds the choice of the node that feeds it, "Not linked" unless `preselected` names
    /// one of the plan's nodes.
    void offerFeeder(const Plan &plan, Id preselected);
    /// The chosen feeding node; kNoId: not linked (or no choice offered).
    Id feeder() const;

private:
    PowerNode mOriginal;
    std::unique_ptr<FieldForm<PowerNode>> mForm;
    QFormLayout *mFormLayout = nullptr;
    QComboBox *mFeeder = nullptr;
};

}  // namespace rw
