// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/plandiff.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace rw {

/// Two plans side by side: their key figures and every entity added, removed or changed (by name,
/// with the changed fields). Shows a PlanDiff; it computes nothing itself.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    CompareDialog(const PlanDiff &diff, const QString &nameA, const QString &nameB, QWidget *parent = nullptr);

    QTreeWidget *changesTree() const { return mChanges; }
    QTableWidget *figuresTable() const { return mFigures; }

private:
    QLabel *mSummary;
    QTableWidget *mFigures;
    QTreeWidget *mChanges;
};

}  // namespace rw
