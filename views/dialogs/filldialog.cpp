// SPDX-License-Identifier: GPL-3.0-or-later
#include "filldialog.h"

#include "catalogue/catalogue.h"
#include "formatting.h"
#include "i18n/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <map>

namespace rw {

FillDialog::FillDialog(const Plan &plan, int rackCount, QWidget *parent)
    : QDialog(parent), mType(new QComboBox(this)), mCount(new QSpinBox(this))
{
    setWindowTitle(tr("Fill racks"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Mount devices into the lowest free units of each of the %n selected rack(s). "
                               "Where one rack has too little room, nothing is mounted.",
                                nullptr, rackCount),
        this));
    std::map<QString, DeviceType> types;
    for (const DeviceType &type : Catalogue::builtIn())
        types[type.key] = type;
    for (const auto &[key, type] : plan.all<DeviceType>())
        types[key] = type;
    for (const auto &[key, type] : types)
        mType->addItem(tr("%1: %2 (%3 U, %4)")
                           .arg(Labels::of(type.category), Catalogue::modelText(type))
                           .arg(type.heightU)
                           .arg(fmt::kilowatts(type.maxPowerW / 1000.0)),
            key);
    mType->setCurrentIndex(std::max(0, mType->findData(QStringLiteral("nvidia-dgx-b200"))));
    mCount->setRange(1, 100);
    mCount->setValue(4);
    mCount->setSuffix(tr(" per rack"));
    form->addRow(tr("Device:"), mType);
    form->addRow(tr("Count:"), mCount);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString FillDialog::typeKey() const
{
    return mType->currentData().toString();
}

int FillDialog::countPerRack() const
{
    return mCount->value();
}

void FillDialog::setTypeKey(const QString &key)
{
    mType->setCurrentIndex(std::max(0, mType->findData(key)));
}

void FillDialog::setCountPerRack(int count)
{
    mCount->setValue(count);
}

}  // namespace rw
