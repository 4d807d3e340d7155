// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteoverview.h"

#include "formatting.h"
#include "plan/plansummary.h"
#include "sitemapview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rw {
namespace {

enum Column { Name, Racks, Gpus, Typical, Nameplate, Budget, Liquid, AirCooling, CduCapacity, ColumnCount };
constexpr int kHallRole = Qt::UserRole + 1;

}  // namespace

SiteOverview::SiteOverview(const Plan &plan, QWidget *parent)
    : QWidget(parent), mPlan(plan), mCaption(new QLabel(this)), mMap(new SiteMapView(this)),
      mTable(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mCaption);
    // Side by side: the overview lives in the wide, low bottom dock area.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(mMap);
    split->addWidget(mTable);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    mCaption->setWordWrap(true);
    mTable->setColumnCount(ColumnCount);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(mMap, &SiteMapView::hallActivated, this, &SiteOverview::hallActivated);
    connect(mTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (!item || !mTable->item(item->row(), Name))
            return;
        const QVariant hall = mTable->item(item->row(), Name)->data(kHallRole);
        if (hall.isValid())
            emit hallActivated(Id(hall.toLongLong()));
    });
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &SiteOverview::refresh);
    auto schedule = [this] { mRefreshTimer.start(); };
    connect(&plan, &Plan::entityChanged, this, schedule);
    connect(&plan, &Plan::siteChanged, this, schedule);
    connect(&plan, &Plan::reset, this, schedule);
    retranslateHeader();
    refresh();
}

void SiteOverview::setCurrentHall(Id hallId)
{
    mCurrent = hallId;
    mMap->setCurrentHall(hallId);
    for (int row = 0; row < mTable->rowCount(); ++row) {
        const QVariant hall = mTable->item(row, Name)->data(kHallRole);
        if (hall.isValid() && Id(hall.toLongLong()) == hallId)
            mTable->selectRow(row);
    }
}

void SiteOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslateHeader();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SiteOverview::retranslateHeader()
{
    mTable->setHorizontalHeaderLabels({ tr("Hall"), tr("Racks"), tr("GPUs"), tr("IT typical"), tr("IT nameplate"),
        tr("Rack budgets"), tr("Heat to liquid"), tr("Air cooling"), tr("CDU capacity") });
    mTable->horizontalHeaderItem(AirCooling)
        ->setToolTip(tr("Capacity of the hall's running air cooling units "
                        "(standby units left out)"));
    mTable->horizontalHeaderItem(Liquid)->setToolTip(tr("Heat that goes to liquid cooling at nameplate power"));
}

void SiteOverview::refresh()
{
    const std::vector<HallSummary> halls = summarizeHalls(mPlan);
    mMap->show(halls);
    const PlanSummary site = summarize(mPlan);
    mCaption->setText(
        tr("%1: %n hall(s), %2 GPUs, %3 IT nameplate. Double-click a hall to open it.", nullptr, int(halls.size()))
            .arg(mPlan.site().name.isEmpty() ? tr("Site") : mPlan.site().name, fmt::integer(site.gpuCount),
                fmt::megawatts(site.nameplateItKw)));
    mTable->setRowCount(int(halls.size()) + 1);
    auto fill = [this](int row, const QString &name, const PlanSummary &f, double air, double cdu) {
        const QString texts[ColumnCount] = { name, fmt::integer(f.rackCount), fmt::integer(f.gpuCount),
            fmt::megawatts(f.typicalItKw), fmt::megawatts(f.nameplateItKw), fmt::megawatts(f.rackBudgetKw),
            fmt::megawatts(f.heatToLiquidKw), fmt::megawatts(air), fmt::megawatts(cdu) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            if (column != Name)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            mTable->setItem(row, column, item);
        }
    };
    double air = 0.0;
    double cdu = 0.0;
    for (std::size_t i = 0; i < halls.size(); ++i) {
        const HallSummary &h = halls[i];
        fill(int(i), h.name, h.figures, h.airCoolingKw, h.cduCapacityKw);
        mTable->item(int(i), Name)->setData(kHallRole, QVariant::fromValue<qlonglong>(h.hallId));
        air += h.airCoolingKw;
        cdu += h.cduCapacityKw;
    }
    // The site row counts everything, racks outside any hall included; cooling is the halls' own.
    const int totalRow = int(halls.size());
    fill(totalRow, tr("Site total"), site, air, cdu);
    for (int column = 0; column < ColumnCount; ++column) {
        QFont bold = mTable->item(totalRow, column)->font();
        bold.setBold(true);
        mTable->item(totalRow, column)->setFont(bold);
    }
    setCurrentHall(mCurrent);
}

}  // namespace rw
