// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "plan/validation.h"

#include <QEvent>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QStyle>
#include <QVBoxLayout>

namespace rw {

FindingsPanel::FindingsPanel(const Plan &plan, QWidget *parent)
    : QWidget(parent), mPlan(plan), mList(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mList);
    mList->setWordWrap(true);
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(150);  // validation of a large plan is not free: wait for a burst of edits to end
    connect(&mRefreshTimer, &QTimer::timeout, this, &FindingsPanel::refresh);
    auto schedule = [this] {
        mAnalysisFindings.clear();
        mRefreshTimer.start();
    };
    connect(&plan, &Plan::entityChanged, this, schedule);
    connect(&plan, &Plan::siteChanged, this, schedule);
    connect(&plan, &Plan::reset, this, schedule);
    // One click (or moving through the list with the keys) shows what a finding is about; a double-click
    // or Enter opens it.
    auto show = [this](QListWidgetItem *item) {
        if (item && !mRefreshing && item->data(Qt::UserRole).isValid())
            emit entityActivated(EntityKind(item->data(Qt::UserRole).toInt()), item->data(Qt::UserRole + 1));
    };
    connect(mList, &QListWidget::itemClicked, this, show);
    connect(mList, &QListWidget::currentItemChanged, this, show);
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(Qt::UserRole).isValid())
            emit entityOpened(EntityKind(item->data(Qt::UserRole).toInt()), item->data(Qt::UserRole + 1));
    });
    refresh();
}

int FindingsPanel::count() const
{
    return mList->count();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

QListWidget *FindingsPanel::list() const
{
    return mList;
}

void FindingsPanel::setAnalysisFindings(std::vector<Finding> findings)
{
    mAnalysisFindings = std::move(findings);
    refresh();
}

void FindingsPanel::refresh()
{
    const QScopedValueRollback<bool> quiet(mRefreshing, true);
    mList->clear();
    auto findings = PlanValidator::validate(mPlan);
    findings.insert(findings.end(), mAnalysisFindings.begin(), mAnalysisFindings.end());
    for (const Finding &finding : findings) {
        const bool isError = finding.severity == Finding::Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            finding.message, mList);
        item->setData(Qt::UserRole, int(finding.kind));
        item->setData(Qt::UserRole + 1, finding.key);
    }
    if (findings.empty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No findings: the plan is consistent."), mList);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

}  // namespace rw
