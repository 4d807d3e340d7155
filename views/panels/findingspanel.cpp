#include "findingspanel.h"

#include "plan/validation.h"

#include <QEvent>
#include <QListWidget>
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
    auto schedule = [this] { mRefreshTimer.start(); };
    connect(&plan, &Plan::entityChanged, this, schedule);
    connect(&plan, &Plan::reset, this, schedule);
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entityActivated(EntityKind(item->data(Qt::UserRole).toInt()), item->data(Qt::UserRole + 1));
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

void FindingsPanel::refresh()
{
    mList->clear();
    const auto findings = PlanValidator::validate(mPlan);
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
