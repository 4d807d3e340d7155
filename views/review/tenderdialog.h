// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewfile.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace rw {

/// Edits what the reviewer adds to a review: the tender's thresholds, who reviews, confirmations of
/// obligations a plan cannot show, and notes. The plan itself is never touched.
class TenderDialog : public QDialog {
    Q_OBJECT
public:
    explicit TenderDialog(const Review &review, QWidget *parent = nullptr);
    Review review() const;

private:
    Review mOriginal;
    QLineEdit *mTender;
    QLineEdit *mReviewer;
    QLineEdit *mEnergyManagement;
    QPlainTextEdit *mNotes;
    std::map<QString, std::pair<QCheckBox *, QDoubleSpinBox *>> mThresholds;
};

}  // namespace rw
