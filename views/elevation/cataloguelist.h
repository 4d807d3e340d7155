// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace rw {

/// The device catalogue as a searchable list grouped by category: the plan's own types and the built-in
/// ones. Entries are dragged into a rack elevation.
class CatalogueList : public QWidget {
    Q_OBJECT
public:
    explicit CatalogueList(const Plan &plan, QWidget *parent = nullptr);
    /// Key of the highlighted entry, or empty.
    QString currentKey() const;
    void setFilter(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    const Plan &mPlan;
    QLineEdit *mSearch;
    QTreeWidget *mTree;
};

}  // namespace rw
