// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewfile.h"
#include "review/ruleset.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rw {

/// Asks the reviewer for an exemption of the rule set (EnEfG § 11(3), § 12(4)-(6)) and the evidence seen:
/// its kind, reference and date. Recording it is ReviewEditor's; the dialog only gathers it.
class ExemptionDialog : public QDialog {
    Q_OBJECT
public:
    ExemptionDialog(const RuleSet &rules, QWidget *parent = nullptr);

    RecordedExemption exemption() const;

private:
    void showGround();

    const RuleSet &mRules;
    QComboBox *mGround;
    QLabel *mText;
    QLineEdit *mKind;
    QLineEdit *mReference;
    QDateEdit *mDate;
};

}  // namespace rw
