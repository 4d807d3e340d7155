// SPDX-License-Identifier: GPL-3.0-or-later
#include "exemptiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rw {

ExemptionDialog::ExemptionDialog(const RuleSet &rules, QWidget *parent)
    : QDialog(parent), mRules(rules), mGround(new QComboBox(this)), mText(new QLabel(this)), mKind(new QLineEdit(this)),
      mReference(new QLineEdit(this)), mDate(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("Record exemption"));
    for (const Exemption &e : rules.exemptions) {
        const Law *law = rules.law(e.law);
        mGround->addItem(law ? e.citation.text(*law) : e.id, e.id);
    }
    mText->setWordWrap(true);
    mKind->setPlaceholderText(tr("e.g. agreement with the municipality, offer letter"));
    mReference->setPlaceholderText(tr("e.g. contract or file number"));
    mDate->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Exemption:"), mGround);
    form->addRow(QString(), mText);
    form->addRow(tr("&Evidence seen:"), mKind);
    form->addRow(tr("&Reference:"), mReference);
    form->addRow(tr("&Date of the evidence:"), mDate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto enableOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(
                mGround->count() > 0 && !mKind->text().trimmed().isEmpty() && !mReference->text().trimmed().isEmpty());
    };
    connect(mKind, &QLineEdit::textChanged, this, enableOk);
    connect(mReference, &QLineEdit::textChanged, this, enableOk);
    connect(mGround, &QComboBox::currentIndexChanged, this, &ExemptionDialog::showGround);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    showGround();
    enableOk();
}

void ExemptionDialog::showGround()
{
    const Exemption *e = mRules.exemption(mGround->currentData().toString());
    mText->setText(e ? e->summaryText() : tr("The rule set lists no exemptions."));
}

RecordedExemption ExemptionDialog::exemption() const
{
    return { mGround->currentData().toString(), mKind->text().trimmed(), mReference->text().trimmed(), mDate->date() };
}

}  // namespace rw
