// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace rw {

class SiteMapView;

/// The site at a glance (View > Site overview): every hall as a tile of the site map and as a row of the
/// table with its racks, GPUs, power and cooling, and the site's totals in the last row. Opening a hall (double
/// click, Enter) asks the main window to show it on the floor plan; the overview frames the hall shown.
class SiteOverview : public QWidget {
    Q_OBJECT
public:
    explicit SiteOverview(const Plan &plan, QWidget *parent = nullptr);
    void setCurrentHall(Id hallId);
    QTableWidget *table() const { return mTable; }
    SiteMapView *map() const { return mMap; }

signals:
    void hallActivated(rw::Id hallId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateHeader();

    const Plan &mPlan;
    QLabel *mCaption;
    SiteMapView *mMap;
    QTableWidget *mTable;
    QTimer mRefreshTimer;
    Id mCurrent = kNoId;
};

}  // namespace rw
