// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolantloopdialog.h"

#include "dialogs/fieldform.h"
#include "plan/entitytraits.h"
#include "plan/enumnames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace rw {
namespace {

/// Fields of the CDU and its heat exchanger: a facility water system has none of them.
const QStringList &technologyFields()
{
    static const QStringList names { QStringLiteral("primarySupplyC"), QStringLiteral("approachK"),
        QStringLiteral("secondaryDropKpa"), QStringLiteral("secondaryFlowLPerMin"), QStringLiteral("primaryDropKpa"),
        QStringLiteral("primaryFlowLPerMin"), QStringLiteral("holdUpL") };
    return names;
}

}  // namespace

CoolantLoopDialog::CoolantLoopDialog(const Plan &plan, const CoolantLoop &loop, QWidget *parent)
    : QDialog(parent), mOriginal(loop), mLayout(new QFormLayout), mCdu(new QComboBox(this)),
      mFacility(new QComboBox(this))
{
    setWindowTitle(loop.id == kNoId ? tr("New coolant loop") : tr("Coolant loop %1").arg(loop.name));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(mLayout);
    mForm = std::make_unique<FieldForm<CoolantLoop>>(mLayout, EntityTraits<CoolantLoop>::fields(),
        QStringList { QStringLiteral("id"), QStringLiteral("cduId"), QStringLiteral("facilityLoopId") });
    mForm->load(loop);

    mCdu->setObjectName(QStringLiteral("cdu"));
    mCdu->setToolTip(tr("The CDU (a cooling unit of kind CDU) whose pumps and heat exchanger serve this loop: its "
                        "capacity and its supply temperature as the setpoint"));
    mCdu->addItem(tr("None"), QVariant::fromValue(kNoId));
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.kind == CoolingKind::Cdu)
            mCdu->addItem(unit.name, QVariant::fromValue(id));
    }
    mCdu->setCurrentIndex(std::max(0, mCdu->findData(QVariant::fromValue(loop.cduId))));
    mFacility->setObjectName(QStringLiteral("facilityLoop"));
    mFacility->setToolTip(tr("The facility water system that takes the CDU's heat; without one the CDU's primary "
                             "side is supplied at the fixed temperature below"));
    mFacility->addItem(tr("None (fixed primary supply)"), QVariant::fromValue(kNoId));
    for (const auto &[id, other] : plan.all<CoolantLoop>()) {
        if (id != loop.id && other.kind == CoolantLoopKind::FacilityWater)
            mFacility->addItem(other.name, QVariant::fromValue(id));
    }
    mFacility->setCurrentIndex(std::max(0, mFacility->findData(QVariant::fromValue(loop.facilityLoopId))));
    // After the name and the kind: what the loop belongs to comes before its figures.
    mLayout->insertRow(2, tr("CDU:"), mCdu);
    mLayout->insertRow(3, tr("Facility water system:"), mFacility);

    mKind = findChild<QComboBox *>(QStringLiteral("kind"));
    if (mKind)
        connect(mKind, &QComboBox::currentIndexChanged, this, &CoolantLoopDialog::showRowsForKind);
    showRowsForKind();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // OK only when every number as typed is acceptable: nothing typed is dropped or corrected.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mForm->checkInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

CoolantLoopDialog::~CoolantLoopDialog() = default;

bool CoolantLoopDialog::isTechnology() const
{
    constexpr std::string_view technology = EnumNames<CoolantLoopKind>::names[int(CoolantLoopKind::Technology)];
    return !mKind || mKind->currentData().toString() == QLatin1String(technology.data(), qsizetype(technology.size()));
}

void CoolantLoopDialog::showRowsForKind()
{
    const bool technology = isTechnology();
    mLayout->setRowVisible(mCdu, technology);
    mLayout->setRowVisible(mFacility, technology);
    for (const QString &name : technologyFields()) {
        if (auto *editor = findChild<QWidget *>(name))
            mLayout->setRowVisible(editor, technology);
    }
}

CoolantLoop CoolantLoopDialog::loop() const
{
    CoolantLoop loop = mForm->store(mOriginal);
    // A facility water system has no CDU: what the hidden rows held is not kept.
    const bool technology = isTechnology();
    loop.cduId = technology ? mCdu->currentData().toLongLong() : kNoId;
    loop.facilityLoopId = technology ? mFacility->currentData().toLongLong() : kNoId;
    return loop;
}

}  // namespace rw
