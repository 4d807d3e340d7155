// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicetypedialog.h"

#include "fieldform.h"
#include "plan/entitytraits.h"

#include <QDialogButtonBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rw {

DeviceTypeDialog::DeviceTypeDialog(const DeviceType &type, bool isNew, QWidget *parent)
    : QDialog(parent), mOriginal(type)
{
    setWindowTitle(isNew ? tr("New device type") : tr("Edit device type %1").arg(type.model));
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    mForm = std::make_unique<FieldForm<DeviceType>>(form, EntityTraits<DeviceType>::fields(),
                                                    isNew ? QStringList() : QStringList{QStringLiteral("key")});
    mForm->load(type);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // OK only when every number as typed is acceptable: nothing typed is dropped or corrected.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mForm->checkInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 720);
}

DeviceTypeDialog::~DeviceTypeDialog() = default;

DeviceType DeviceTypeDialog::deviceType() const
{
    return mForm->store(mOriginal);
}

}  // namespace rw
