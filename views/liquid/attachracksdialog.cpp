// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachracksdialog.h"

#include "dialogs/fieldform.h"
#include "plan/entitytraits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace rw {

AttachRacksDialog::AttachRacksDialog(
    const Plan &plan, const std::vector<Id> &rackIds, const LoopRack &figures, QWidget *parent)
    : QDialog(parent), mOriginal(figures), mLoop(new QComboBox(this))
{
    setWindowTitle(tr("Put racks on a coolant loop"));
    auto *layout = new QVBoxLayout(this);
    QStringList names;
    for (Id id : rackIds) {
        if (const Rack *rack = plan.find<Rack>(id))
            names << rack->name;
    }
    constexpr qsizetype kNamesShown = 8;
    QString list = names.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (names.size() > kNamesShown)
        list = tr("%1 and %n more", nullptr, int(names.size() - kNamesShown)).arg(list);
    auto *racks = new QLabel(tr("%n rack(s): %1", nullptr, int(names.size())).arg(list), this);
    racks->setObjectName(QStringLiteral("racks"));
    racks->setWordWrap(true);
    layout->addWidget(racks);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    mLoop->setObjectName(QStringLiteral("loop"));
    mLoop->setToolTip(tr("The CDU's technology loop the racks' cold plates are connected to; a rack on another "
                         "loop moves"));
    for (const auto &[id, loop] : plan.all<CoolantLoop>()) {
        if (loop.kind == CoolantLoopKind::Technology)
            mLoop->addItem(loop.name, QVariant::fromValue(id));
    }
    mLoop->setCurrentIndex(std::max(0, mLoop->findData(QVariant::fromValue(figures.loopId))));
    form->addRow(tr("Coolant loop:"), mLoop);
    mForm = std::make_unique<FieldForm<LoopRack>>(form, EntityTraits<LoopRack>::fields(),
        QStringList { QStringLiteral("id"), QStringLiteral("rackId"), QStringLiteral("loopId") });
    mForm->load(figures);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mForm->checkInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AttachRacksDialog::~AttachRacksDialog() = default;

Id AttachRacksDialog::loopId() const
{
    return mLoop->currentIndex() < 0 ? kNoId : mLoop->currentData().toLongLong();
}

LoopRack AttachRacksDialog::figures() const
{
    return mForm->store(mOriginal);
}

}  // namespace rw
