// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "recentplans.h"

#include <QCommandLinkButton>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace rw {
namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kReadOnlyRole = Qt::UserRole + 1;

}  // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), mTitle(new QLabel(this)), mSubtitle(new QLabel(this)), mNew(new QCommandLinkButton(this)),
      mOpen(new QCommandLinkButton(this)), mOpenReadOnly(new QCommandLinkButton(this)),
      mDemo(new QCommandLinkButton(this)), mGigafactory(new QCommandLinkButton(this)), mRecentTitle(new QLabel(this)), mRecent(new QListWidget(this)),
      mNoRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);
    QFont title = mTitle->font();
    title.setPointSizeF(title.pointSizeF() * 2.0);
    title.setBold(true);
    mTitle->setFont(title);
    mSubtitle->setWordWrap(true);
    QFont heading = mRecentTitle->font();
    heading.setBold(true);
    mRecentTitle->setFont(heading);
    mNoRecent->setWordWrap(true);
    mNoRecent->setEnabled(false);
    mRecent->setObjectName(QStringLiteral("recentPlans"));
    mRecent->setMinimumHeight(120);

    auto *actions = new QVBoxLayout;
    actions->addWidget(mNew);
    actions->addWidget(mOpen);
    actions->addWidget(mOpenReadOnly);
    actions->addWidget(mDemo);
    actions->addWidget(mGigafactory);
    actions->addStretch(1);
    auto *recent = new QVBoxLayout;
    recent->addWidget(mRecentTitle);
    recent->addWidget(mRecent, 1);
    recent->addWidget(mNoRecent);
    recent->addStretch();  // without recent plans the note stays under its heading
    auto *columns = new QHBoxLayout;
    columns->addLayout(actions, 1);
    columns->addSpacing(24);
    columns->addLayout(recent, 1);
    auto *inner = new QVBoxLayout;
    inner->addWidget(mTitle);
    inner->addWidget(mSubtitle);
    inner->addSpacing(16);
    inner->addLayout(columns, 1);
    // A readable column in the middle of a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QWidget(this);
    middle->setLayout(inner);
    middle->setMaximumWidth(960);
    middle->setMinimumWidth(420);
    outer->addWidget(middle, 6);
    outer->addStretch(1);
    outer->setContentsMargins(24, 32, 24, 24);

    connect(mNew, &QCommandLinkButton::clicked, this, &StartPage::newPlanRequested);
    connect(mOpen, &QCommandLinkButton::clicked, this, [this] { emit openRequested(false); });
    connect(mOpenReadOnly, &QCommandLinkButton::clicked, this, [this] { emit openRequested(true); });
    connect(mDemo, &QCommandLinkButton::clicked, this, &StartPage::demoRequested);
    connect(mGigafactory, &QCommandLinkButton::clicked, this, &StartPage::gigafactoryRequested);
    connect(mRecent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(kPathRole).toString(), item->data(kReadOnlyRole).toBool());
    });
    retranslate();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    mTitle->setText(QStringLiteral("Rackwerk"));
    mSubtitle->setText(tr("Capacity planner for AI data halls: draw the hall, its power chain and cooling, and "
                          "check the budgets."));
    mNew->setText(tr("&New plan"));
    mNew->setDescription(tr("An empty plan with one hall, to draw from scratch"));
    mOpen->setText(tr("&Open a plan..."));
    mOpen->setDescription(tr("A Rackwerk plan file (.rackwerk)"));
    mOpenReadOnly->setText(tr("Open for &review..."));
    mOpenReadOnly->setDescription(tr("A submitted plan, read-only: nothing can be changed or saved over it"));
    mDemo->setText(tr("Open the &demo plan"));
    mDemo->setDescription(tr("Hall 1 of a Munich AI factory, 10,000 GPUs in 360 racks; opens as an unsaved copy"));
    mGigafactory->setText(tr("Open the &gigafactory demo"));
    mGigafactory->setDescription(
        tr("An EU AI gigafactory campus: about 100,000 GPUs in ten halls of liquid-cooled racks; opens as an unsaved "
           "copy"));
    mRecentTitle->setText(tr("Recent plans"));
    mNoRecent->setText(tr("Plans you open or save are listed here."));
    refresh();
}

void StartPage::refresh()
{
    mRecent->clear();
    for (const RecentPlans::Entry &entry : RecentPlans::entries()) {
        const QFileInfo info(entry.path);
        QString text = info.fileName();
        if (entry.readOnly)
            text = tr("%1 (read-only)").arg(text);
        auto *item = new QListWidgetItem(text, mRecent);
        item->setData(kPathRole, entry.path);
        item->setData(kReadOnlyRole, entry.readOnly);
        if (info.exists()) {
            const QLocale locale;
            QString date = locale.dateFormat(QLocale::ShortFormat);
            if (!date.contains(QLatin1String("yyyy")))
                date.replace(QLatin1String("yy"), QLatin1String("yyyy"));  // four-digit years
            const QDateTime changed = info.lastModified();
            item->setToolTip(tr("%1\nlast changed %2 %3")
                                 .arg(QDir::toNativeSeparators(entry.path), locale.toString(changed.date(), date),
                                     locale.toString(changed.time(), QLocale::ShortFormat)));
        } else {
            item->setToolTip(tr("%1\nnot found").arg(QDir::toNativeSeparators(entry.path)));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    mRecent->setVisible(mRecent->count() > 0);
    mNoRecent->setVisible(mRecent->count() == 0);
}

}  // namespace rw
