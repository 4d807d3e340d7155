// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackelevationpanel.h"

#include "cataloguelist.h"
#include "commands/deviceedits.h"
#include "formatting.h"
#include "plan/rackchecks.h"
#include "plan/rackmetrics.h"
#include "rackelevationview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace rw {
namespace {
const QString kBlankingPanel = QStringLiteral("generic-1u-blanking-panel");
}

RackElevationPanel::RackElevationPanel(const Plan &plan, QWidget *parent)
    : QWidget(parent), mPlan(plan), mTitle(new QLabel(this)), mCatalogue(new CatalogueList(plan, this)),
      mElevation(new RackElevationView(plan, this)), mChecks(new QListWidget(this)), mRemove(new QPushButton(this)),
      mBlanking(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    mTitle->setWordWrap(true);
    mTitle->setTextFormat(Qt::RichText);
    layout->addWidget(mTitle);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mCatalogue);
    splitter->addWidget(mElevation);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mRemove);
    buttons->addWidget(mBlanking);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    mChecks->setWordWrap(true);
    layout->addWidget(mChecks, 1);
    connect(mRemove, &QPushButton::clicked, mElevation, &RackElevationView::removeSelectedDevice);
    connect(mBlanking, &QPushButton::clicked, this, &RackElevationPanel::closeOpenUnits);
    connect(mElevation, &RackElevationView::editRefused, this, &RackElevationPanel::editRefused);
    connect(mElevation, &RackElevationView::deviceSelected, this, &RackElevationPanel::refresh);
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &RackElevationPanel::refresh);
    connect(&plan, &Plan::entityChanged, &mRefreshTimer, qOverload<>(&QTimer::start));
    connect(&plan, &Plan::reset, &mRefreshTimer, qOverload<>(&QTimer::start));
    refresh();
}

void RackElevationPanel::setEditor(PlanEditor *editor)
{
    mEditor = editor;
    mElevation->setEditor(editor);
    refresh();
}

void RackElevationPanel::setRack(Id rackId)
{
    if (rackId == mElevation->rack())
        return;
    mElevation->setRack(rackId);
    refresh();
}

Id RackElevationPanel::rack() const
{
    return mElevation->rack();
}

QStringList RackElevationPanel::checkMessages() const
{
    QStringList out;
    for (int i = 0; i < mChecks->count(); ++i)
        out << mChecks->item(i)->text();
    return out;
}

void RackElevationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void RackElevationPanel::closeOpenUnits()
{
    const Rack *rack = mPlan.find<Rack>(mElevation->rack());
    if (!mEditor || !rack)
        return;
    int open = 0;
    // Count the open units: a blanking panel goes into each.
    std::vector<bool> taken(std::size_t(rack->heightU) + 1, false);
    for (const MountedDevice *device : mPlan.devicesInRack(rack->id)) {
        const DeviceType *type = mPlan.find<DeviceType>(device->typeKey);
        for (int u = 0; type && u < type->heightU; ++u) {
            if (device->positionU + u <= rack->heightU)
                taken[std::size_t(device->positionU + u)] = true;
        }
    }
    for (int u = 1; u <= rack->heightU; ++u)
        open += taken[std::size_t(u)] ? 0 : 1;
    if (open == 0) {
        emit editRefused(tr("Rack %1 has no open units.").arg(rack->name));
        return;
    }
    const EditResult result = DeviceEdits::fill(*mEditor, { rack->id }, kBlankingPanel, open);
    if (!result.ok)
        emit editRefused(result.error);
}

void RackElevationPanel::refresh()
{
    mRemove->setText(tr("Remove device"));
    mRemove->setToolTip(tr("Remove the selected device from the rack (Delete)"));
    mBlanking->setText(tr("Blank open units"));
    mBlanking->setToolTip(tr("Close every open unit with a 1 U blanking panel, so hot air cannot recirculate"));
    const Rack *rack = mPlan.find<Rack>(mElevation->rack());
    mRemove->setEnabled(mEditor && rack && mElevation->selectedDevice() != kNoId);
    mBlanking->setEnabled(mEditor && rack);
    mChecks->clear();
    if (!rack) {
        mTitle->setText(tr("<b>Rack elevation</b>: no rack selected"));
        return;
    }
    const RackMetrics m = computeRackMetrics(mPlan, rack->id);
    mTitle->setText(tr("<b>%1</b>: %2 of %3 U used, %4 of %5 budget, %6 (frame rated %7 of equipment)")
                        .arg(rack->name.toHtmlEscaped())
                        .arg(m.usedU)
                        .arg(rack->heightU)
                        .arg(fmt::kilowatts(m.maxPowerKw), fmt::kilowatts(rack->maxPowerKw),
                            fmt::kilograms(m.totalWeightKg), fmt::kilograms(rack->staticLoadKg)));
    const auto findings = RackChecks::check(mPlan, rack->id);
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(finding.severity == Finding::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                               : QStyle::SP_MessageBoxWarning),
            finding.message, mChecks);
        item->setToolTip(finding.message);
    }
    if (findings.empty())
        new QListWidgetItem(
            style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No problems found in this rack."), mChecks);
}

}  // namespace rw
