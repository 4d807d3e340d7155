// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planeditor.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace rw {

class CatalogueList;
class RackElevationView;

/// The rack elevation dock: the rack's key figures, the searchable catalogue, the front and rear
/// elevation, and the checks of its content (units, depth, weight, power against the rack and its feeds,
/// cooling type), updated with every change.
class RackElevationPanel : public QWidget {
    Q_OBJECT
public:
    explicit RackElevationPanel(const Plan &plan, QWidget *parent = nullptr);
    void setEditor(PlanEditor *editor);
    void setRack(Id rackId);
    Id rack() const;
    RackElevationView *elevation() const { return mElevation; }
    CatalogueList *catalogue() const { return mCatalogue; }
    /// Lines shown in the checks list, for tests.
    QStringList checkMessages() const;
    /// Mounts a blanking panel in every open unit of the rack (one undo step).
    void closeOpenUnits();

signals:
    void editRefused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const Plan &mPlan;
    PlanEditor *mEditor = nullptr;
    QLabel *mTitle;
    CatalogueList *mCatalogue;
    RackElevationView *mElevation;
    QListWidget *mChecks;
    QPushButton *mRemove;
    QPushButton *mBlanking;
    QTimer mRefreshTimer;
};

}  // namespace rw
