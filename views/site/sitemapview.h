// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plansummary.h"

#include <QGraphicsView>

namespace rw {

/// The halls of the site as tiles drawn to the scale of their footprints, side by side (the plan does not
/// place halls on the site, so the arrangement is schematic). Each tile names the hall, its GPUs and IT power;
/// a bar shows the nameplate power against the racks' budgets. Double-click or Enter opens a hall.
class SiteMapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit SiteMapView(QWidget *parent = nullptr);
    void show(const std::vector<HallSummary> &halls);
    /// Frames the tile of the hall the floor plan shows.
    void setCurrentHall(Id hallId);
    /// Hall ids in tile order, for tests.
    std::vector<Id> tileHalls() const;
    QString tileText(Id hallId) const;

signals:
    void hallActivated(rw::Id hallId);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    Id hallAt(const QPoint &pos) const;
    void fit();

    QGraphicsScene mScene;
    std::vector<std::pair<Id, QGraphicsRectItem *>> mTiles;
    std::map<Id, QString> mTexts;
    Id mCurrent = kNoId;
};

}  // namespace rw
