// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace rw {

/// "Fill these racks with N x DEVICE": the device type (the plan's and the built-in catalogue) and how
/// many per rack.
class FillDialog : public QDialog {
    Q_OBJECT
public:
    FillDialog(const Plan &plan, int rackCount, QWidget *parent = nullptr);
    QString typeKey() const;
    int countPerRack() const;
    void setTypeKey(const QString &key);
    void setCountPerRack(int count);

private:
    QComboBox *mType;
    QSpinBox *mCount;
};

}  // namespace rw
