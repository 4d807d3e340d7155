// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopstagedialog.h"

#include "dialogs/fieldform.h"
#include "plan/entitytraits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace rw {

LoopStageDialog::LoopStageDialog(const Plan &plan, const LoopRejection &stage, QWidget *parent)
    : QDialog(parent), mOriginal(stage), mLoop(new QComboBox(this)), mUnit(new QComboBox(this))
{
    setWindowTitle(stage.id == kNoId ? tr("New heat-rejection stage") : tr("Heat-rejection stage"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    mLoop->setObjectName(QStringLiteral("loop"));
    mLoop->setToolTip(tr("The facility water system whose return water this stage cools"));
    for (const auto &[id, loop] : plan.all<CoolantLoop>()) {
        if (loop.kind == CoolantLoopKind::FacilityWater)
            mLoop->addItem(loop.name, QVariant::fromValue(id));
    }
    mLoop->setCurrentIndex(std::max(0, mLoop->findData(QVariant::fromValue(stage.loopId))));
    mUnit->setObjectName(QStringLiteral("coolingUnit"));
    mUnit->setToolTip(tr("The chiller, dry cooler or water heat exchanger: its capacity, and its facility water "
                         "supply temperature as the setpoint"));
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.kind == CoolingKind::Chiller || unit.kind == CoolingKind::DryCooler
            || unit.kind == CoolingKind::WaterHeatExchanger)
            mUnit->addItem(unit.name, QVariant::fromValue(id));
    }
    mUnit->setCurrentIndex(std::max(0, mUnit->findData(QVariant::fromValue(stage.coolingUnitId))));
    form->addRow(tr("Facility water system:"), mLoop);
    form->addRow(tr("Cooling unit:"), mUnit);
    mForm = std::make_unique<FieldForm<LoopRejection>>(form, EntityTraits<LoopRejection>::fields(),
        QStringList { QStringLiteral("id"), QStringLiteral("loopId"), QStringLiteral("coolingUnitId") });
    mForm->load(stage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mForm->checkInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

LoopStageDialog::~LoopStageDialog() = default;

LoopRejection LoopStageDialog::stage() const
{
    LoopRejection stage = mForm->store(mOriginal);
    stage.loopId = mLoop->currentIndex() < 0 ? kNoId : mLoop->currentData().toLongLong();
    stage.coolingUnitId = mUnit->currentIndex() < 0 ? kNoId : mUnit->currentData().toLongLong();
    return stage;
}

}  // namespace rw
