// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpanel.h"

#include "i18n/datetext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rw {

namespace {
enum Column { kResult, kRule, kValue, kLimit, kBasis, kDetails, kSource, kColumns };
}

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent), mHeader(new QLabel(this)), mTable(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    mHeader->setWordWrap(true);
    layout->addWidget(mHeader);
    layout->addWidget(mTable);
    mTable->setColumnCount(kColumns);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setWordWrap(false);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    connect(mTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < int(mReport.results.size()) && !mReport.results[std::size_t(row)].racks.empty())
            emit racksActivated(mReport.results[std::size_t(row)].racks);
    });
    refill();
}

void ReviewPanel::showReport(const ComplianceReport &report)
{
    mReport = report;
    mHasReport = true;
    mStale = false;
    refill();
}

void ReviewPanel::setStale(bool stale)
{
    if (mStale == stale)
        return;
    mStale = stale;
    updateHeader();
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refill();  // the results keep the texts of the language they ran in; the headers follow now
    QWidget::changeEvent(event);
}

void ReviewPanel::updateHeader()
{
    if (!mHasReport) {
        mHeader->setText(tr("No checks have run yet: Review > Run checks (F7)."));
        return;
    }
    QString text = tr("Rule set %1: %L2 passed, %L3 failed, %L4 not assessable, %L5 not applicable, %L6 exempt.")
                       .arg(mReport.ruleSetText)
                       .arg(mReport.count(CheckStatus::Pass))
                       .arg(mReport.count(CheckStatus::Fail))
                       .arg(mReport.count(CheckStatus::NotAssessable))
                       .arg(mReport.count(CheckStatus::NotApplicable))
                       .arg(mReport.count(CheckStatus::Exempt));
    if (mStale)
        text += QLatin1Char(' ') + tr("The plan has changed since: run the checks again.");
    mHeader->setText(text);
}

void ReviewPanel::refill()
{
    mTable->setHorizontalHeaderLabels(
        { tr("Result"), tr("Rule"), tr("Value"), tr("Limit"), tr("Basis"), tr("Details"), tr("Source") });
    mTable->setRowCount(int(mReport.results.size()));
    for (int row = 0; row < int(mReport.results.size()); ++row) {
        const CheckResult &r = mReport.results[std::size_t(row)];
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxQuestion;
        QColor colour(110, 110, 110);
        if (r.status == CheckStatus::Pass) {
            icon = QStyle::SP_DialogApplyButton;
            colour = QColor(20, 120, 40);
        } else if (r.status == CheckStatus::Fail) {
            icon = QStyle::SP_MessageBoxCritical;
            colour = QColor(180, 20, 20);
        } else if (r.status == CheckStatus::Exempt) {
            icon = QStyle::SP_DialogApplyButton;
            colour = QColor(20, 90, 140);
        } else if (r.status == CheckStatus::NotApplicable) {
            icon = QStyle::SP_MessageBoxInformation;
        }
        auto *result = new QTableWidgetItem(style()->standardIcon(icon), ComplianceChecker::statusName(r.status));
        result->setForeground(colour);
        const QString tip = QStringLiteral("%1\n\n%2\n%3").arg(r.detail, r.source, r.url).trimmed();
        const QString cells[]
            = { r.title, r.valueText, r.limitText, ComplianceChecker::basisName(r.basis), r.detail, r.source };
        mTable->setItem(row, kResult, result);
        result->setToolTip(tip);
        for (int c = 0; c < 6; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(tip);
            mTable->setItem(row, kRule + c, item);
        }
    }
    mTable->resizeColumnsToContents();
    for (int c : { int(kRule), int(kDetails), int(kSource) })
        mTable->setColumnWidth(c, std::min(mTable->columnWidth(c), 360));
    updateHeader();
}

}  // namespace rw
