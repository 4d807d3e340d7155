// SPDX-License-Identifier: GPL-3.0-or-later
#include "powernodedialog.h"

#include "fieldform.h"
#include "plan/entitytraits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace rw {

PowerNodeDialog::PowerNodeDialog(const PowerNode &node, bool readOnly, QWidget *parent)
    : QDialog(parent), mOriginal(node)
{
    setWindowTitle(node.id == kNoId ? tr("New power node") : tr("Power node %1").arg(node.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mFormLayout = form;
    layout->addLayout(form);
    // Where the node stands on a floor plan is not part of the one-line diagram.
    mForm = std::make_unique<FieldForm<PowerNode>>(form, EntityTraits<PowerNode>::fields(),
        QStringList { QStringLiteral("id"), QStringLiteral("hallId"), QStringLiteral("xM"), QStringLiteral("yM") });
    mForm->load(node);
    auto *buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // OK only when every number as typed is acceptable: nothing typed is dropped or corrected.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mForm->checkInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (readOnly) {
        for (QWidget *editor : findChildren<QWidget *>()) {
            if (editor != buttons && !buttons->isAncestorOf(editor))
                editor->setEnabled(editor->inherits("QLabel"));
        }
    }
}

PowerNodeDialog::~PowerNodeDialog() = default;

PowerNode PowerNodeDialog::node() const
{
    return mForm->store(mOriginal);
}

void PowerNodeDialog::offerFeeder(const Plan &plan, Id preselected)
{
    if (!mFeeder) {
        mFeeder = new QComboBox(this);
        mFeeder->setObjectName(QStringLiteral("feeder"));
        mFeeder->setToolTip(tr("The node that feeds the new one; a link is added only when you choose one"));
        mFormLayout->insertRow(0, tr("Fed by:"), mFeeder);
    }
    mFeeder->clear();
    mFeeder->addItem(tr("Not linked"), QVariant::fromValue(kNoId));
    for (const auto &[id, other] : plan.all<PowerNode>())
        mFeeder->addItem(other.name, QVariant::fromValue(id));
    mFeeder->setCurrentIndex(std::max(0, mFeeder->findData(QVariant::fromValue(preselected))));
}

Id PowerNodeDialog::feeder() const
{
    return mFeeder ? mFeeder->currentData().toLongLong() : kNoId;
}

}  // namespace rw
