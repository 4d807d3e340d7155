// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenderdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rw {

namespace {
const QString kEnergyManagementRule = QStringLiteral("enefg-12-energy-management");
}

TenderDialog::TenderDialog(const Review &review, QWidget *parent)
    : QDialog(parent), mOriginal(review), mTender(new QLineEdit(review.tender, this)),
      mReviewer(new QLineEdit(review.reviewer, this)), mEnergyManagement(new QLineEdit(this)),
      mNotes(new QPlainTextEdit(review.notes, this))
{
    setWindowTitle(tr("Tender thresholds and review"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QFormLayout;
    about->addRow(tr("&Tender reference:"), mTender);
    about->addRow(tr("&Reviewer:"), mReviewer);
    if (const auto it = review.confirmations.find(kEnergyManagementRule); it != review.confirmations.end())
        mEnergyManagement->setText(it->second);
    mEnergyManagement->setPlaceholderText(tr("e.g. ISO 50001 certificate no. ..., seen on ..."));
    mEnergyManagement->setToolTip(tr("A plan cannot show an energy management system (EnEfG § 12). Note here what "
                                     "you have seen; leave empty if nothing."));
    about->addRow(tr("&Energy management confirmed by:"), mEnergyManagement);
    layout->addLayout(about);

    auto *box = new QGroupBox(tr("Thresholds of the tender (in addition to the law)"), this);
    auto *form = new QFormLayout(box);
    for (const TenderThreshold &t : ReviewFile::thresholdKeys()) {
        auto *enabled = new QCheckBox(ReviewFile::thresholdName(t.key), box);
        auto *value = new QDoubleSpinBox(box);
        value->setRange(t.min, t.max);
        value->setDecimals(t.key == QLatin1String("minAvailabilityClass") ? 0 : (t.max <= 1.0 ? 3 : 2));
        value->setSingleStep(t.max <= 1.0 ? 0.01 : (t.max <= 5 ? 0.05 : 1.0));
        const auto it = review.thresholds.find(t.key);
        enabled->setChecked(it != review.thresholds.end());
        value->setValue(it != review.thresholds.end() ? it->second : t.suggested);
        value->setEnabled(enabled->isChecked());
        connect(enabled, &QCheckBox::toggled, value, &QWidget::setEnabled);
        form->addRow(enabled, value);
        mThresholds[t.key] = { enabled, value };
    }
    layout->addWidget(box);
    layout->addWidget(mNotes);
    mNotes->setPlaceholderText(tr("Notes for the report"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Review TenderDialog::review() const
{
    Review r = mOriginal;
    r.tender = mTender->text();
    r.reviewer = mReviewer->text();
    r.notes = mNotes->toPlainText();
    r.thresholds.clear();
    for (const auto &[key, widgets] : mThresholds)
        if (widgets.first->isChecked())
            r.thresholds[key] = widgets.second->value();
    if (mEnergyManagement->text().trimmed().isEmpty())
        r.confirmations.erase(kEnergyManagementRule);
    else
        r.confirmations[kEnergyManagementRule] = mEnergyManagement->text().trimmed();
    return r;
}

}  // namespace rw
