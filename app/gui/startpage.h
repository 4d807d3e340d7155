// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;

namespace rw {

/// What Rackwerk shows when no plan is open: start a new plan, open one (also read-only for review),
/// open one of the recent plans, or open one of the two demo plans as an unsaved copy.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Lists the recent plans again (after one was opened or saved).
    void refresh();
    QListWidget *recentList() const { return mRecent; }
    QCommandLinkButton *newButton() const { return mNew; }
    QCommandLinkButton *demoButton() const { return mDemo; }
    QCommandLinkButton *gigafactoryButton() const { return mGigafactory; }

signals:
    void newPlanRequested();
    void openRequested(bool readOnly);
    void demoRequested();
    void gigafactoryRequested();
    void recentRequested(const QString &path, bool readOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *mTitle;
    QLabel *mSubtitle;
    QCommandLinkButton *mNew;
    QCommandLinkButton *mOpen;
    QCommandLinkButton *mOpenReadOnly;
    QCommandLinkButton *mDemo;
    QCommandLinkButton *mGigafactory;
    QLabel *mRecentTitle;
    QListWidget *mRecent;
    QLabel *mNoRecent;
};

}  // namespace rw
