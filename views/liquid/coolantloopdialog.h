// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;

namespace rw {

template <typename T> class FieldForm;

/// Edits one coolant loop: its kind, coolant, headers, pump set and, for a CDU's technology loop, the CDU, the
/// facility water system of its primary side and the heat exchanger's figures (hidden for a facility water
/// system). Numbers out of their range stay as typed and block OK; the editor checks the rest.
class CoolantLoopDialog : public QDialog {
    Q_OBJECT
public:
    CoolantLoopDialog(const Plan &plan, const CoolantLoop &loop, QWidget *parent = nullptr);
    ~CoolantLoopDialog() override;
    CoolantLoop loop() const;

private:
    /// Shows the rows that apply to the chosen kind.
    void showRowsForKind();
    bool isTechnology() const;

    CoolantLoop mOriginal;
    std::unique_ptr<FieldForm<CoolantLoop>> mForm;
    QFormLayout *mLayout;
    QComboBox *mKind = nullptr;
    QComboBox *mCdu;
    QComboBox *mFacility;
};

}  // namespace rw
