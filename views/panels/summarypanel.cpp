// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"

#include "formatting.h"
#include "plan/plansummary.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace rw {
namespace {

const char *const kFigures[] = {"site", "halls", "racks", "devices", "gpus", "nameplate", "typical", "budget",
                                "liquid", "weight", "space", "cooling", "power"};

}  // namespace

SummaryPanel::SummaryPanel(const Plan &plan, QWidget *parent) : QWidget(parent), mPlan(plan), mForm(new QFormLayout(this))
{
    mForm->setLabelAlignment(Qt::AlignLeft);
    for (const char *name : kFigures)
        addRow(QString::fromLatin1(name));
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &SummaryPanel::refresh);
    auto schedule = [this] { mRefreshTimer.start(); };
    connect(&plan, &Plan::entityChanged, this, schedule);
    connect(&plan, &Plan::siteChanged, this, schedule);
    connect(&plan, &Plan::reset, this, schedule);
    refresh();
}

QLabel *SummaryPanel::addRow(const QString &name)
{
    // The caption is created here rather than by QFormLayout, which makes none for an empty text.
    auto *caption = new QLabel(this);
    auto *label = new QLabel(this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(name);
    mForm->addRow(caption, label);
    mValues.push_back({name, caption, label});
    return label;
}

QString SummaryPanel::value(const QString &name) const
{
    for (const auto &row : mValues) {
        if (row.name == name)
            return row.value->text();
    }
    return {};
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

void SummaryPanel::refresh()
{
    const PlanSummary s = summarize(mPlan);
    const QString texts[][2] = {
        {tr("Site"), mPlan.site().name},
        {tr("Halls"), fmt::integer(s.hallCount)},
        {tr("Racks"), fmt::integer(s.rackCount)},
        {tr("Devices"), fmt::integer(s.deviceCount)},
        {tr("GPUs"), fmt::integer(s.gpuCount)},
        {tr("IT power, nameplate"), fmt::megawatts(s.nameplateItKw)},
        {tr("IT power, typical"), fmt::megawatts(s.typicalItKw)},
        {tr("Rack power budgets"), fmt::megawatts(s.rackBudgetKw)},
        {tr("Heat to liquid"), fmt::megawatts(s.heatToLiquidKw)},
        {tr("Equipment weight"), tr("%1 t").arg(QLocale().toString(s.equipmentWeightKg / 1000.0, 'f', 1))},
        {tr("Rack space used"), tr("%1 of %2 U (%3)")
                                    .arg(fmt::integer(s.usedU), fmt::integer(s.totalU),
                                         fmt::percent(s.totalU > 0 ? double(s.usedU) / s.totalU : 0.0))},
        {tr("Cooling units"), fmt::integer(s.coolingUnitCount)},
        {tr("Power chain nodes"), fmt::integer(s.powerNodeCount)},
    };
    for (std::size_t i = 0; i < mValues.size(); ++i) {
        mValues[i].caption->setText(texts[i][0]);
        mValues[i].value->setText(texts[i][1]);
    }
}

}  // namespace rw
