// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/compliancechecker.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rw {

/// The check table of the reviewer's desk: one row per rule with its result, figures and source.
/// Activating a row whose check names racks asks for them to be selected on the floor plan.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    void showReport(const ComplianceReport &report);
    /// The plan changed after the checks ran: the table stays, marked as out of date.
    void setStale(bool stale);
    const ComplianceReport &report() const { return mReport; }
    bool hasReport() const { return mHasReport; }
    bool isStale() const { return mStale; }

signals:
    void racksActivated(const std::vector<rw::Id> &racks);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();
    void updateHeader();

    QLabel *mHeader;
    QTableWidget *mTable;
    ComplianceReport mReport;
    bool mHasReport = false;
    bool mStale = false;
};

}  // namespace rw
