// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackfeeddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace rw {

RackFeedDialog::RackFeedDialog(const Plan &plan, const PowerNode &node, QWidget *parent)
    : QDialog(parent), mPlan(plan), mNodeId(node.id), mSide(new QComboBox(this)), mFilter(new QLineEdit(this)),
      mRacks(new QListWidget(this))
{
    setWindowTitle(tr("Racks fed from %1").arg(node.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mSide->addItem(tr("Feed A"), int(FeedSide::A));
    mSide->addItem(tr("Feed B"), int(FeedSide::B));
    mSide->setCurrentIndex(node.side == FeedSide::B ? 1 : 0);
    form->addRow(tr("Side:"), mSide);
    mFilter->setPlaceholderText(tr("Filter by rack or row name"));
    mFilter->setClearButtonEnabled(true);
    form->addRow(tr("Racks:"), mFilter);
    layout->addLayout(form);
    mRacks->setToolTip(tr("Ticked racks take this side's feed from %1").arg(node.name));
    layout->addWidget(mRacks, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mSide, &QComboBox::currentIndexChanged, this, &RackFeedDialog::fill);
    connect(mFilter, &QLineEdit::textChanged, this, &RackFeedDialog::filter);
    fill();
    resize(420, 560);
}

FeedSide RackFeedDialog::side() const
{
    return FeedSide(mSide->currentData().toInt());
}

void RackFeedDialog::fill()
{
    mRacks->clear();
    const bool onA = side() == FeedSide::A;
    for (const auto &[id, rack] : mPlan.all<Rack>()) {
        const Id current = onA ? rack.feedA : rack.feedB;
        const PowerNode *currentNode = mPlan.find<PowerNode>(current);
        const QString text = currentNode && current != mNodeId
            ? tr("%1 (now fed from %2)").arg(rack.name, currentNode->name)
            : rack.name;
        auto *item = new QListWidgetItem(text, mRacks);
        item->setData(Qt::UserRole, QVariant::fromValue(id));
        item->setData(Qt::UserRole + 1, current == mNodeId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(current == mNodeId ? Qt::Checked : Qt::Unchecked);
    }
    filter(mFilter->text());
}

void RackFeedDialog::filter(const QString &text)
{
    for (int i = 0; i < mRacks->count(); ++i)
        mRacks->item(i)->setHidden(!text.isEmpty() && !mRacks->item(i)->text().contains(text, Qt::CaseInsensitive));
}

std::vector<Id> RackFeedDialog::racksToConnect() const
{
    std::vector<Id> ids;
    for (int i = 0; i < mRacks->count(); ++i) {
        const QListWidgetItem *item = mRacks->item(i);
        if (item->checkState() == Qt::Checked && !item->data(Qt::UserRole + 1).toBool())
            ids.push_back(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

std::vector<Id> RackFeedDialog::racksToDisconnect() const
{
    std::vector<Id> ids;
    for (int i = 0; i < mRacks->count(); ++i) {
        const QListWidgetItem *item = mRacks->item(i);
        if (item->checkState() != Qt::Checked && item->data(Qt::UserRole + 1).toBool())
            ids.push_back(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

}  // namespace rw
