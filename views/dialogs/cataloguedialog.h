// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace rw {

class PlanEditor;

/// The plan's device types and the built-in catalogue: add, edit, duplicate, remove, and import
/// NetBox device-type YAML files. Every change is an undoable edit of the plan.
class CatalogueDialog : public QDialog {
    Q_OBJECT
public:
    CatalogueDialog(PlanEditor &editor, bool readOnly, QWidget *parent = nullptr);

    /// Imports the files; returns a translated summary. Public for tests.
    QString importNetBoxFiles(const QStringList &paths);

private:
    void refresh();
    void addBuiltIn();
    void newType();
    void editType();
    void duplicateType();
    void removeType();
    void importNetBox();
    QString selectedKey(QTableWidget *table) const;
    void fill(QTableWidget *table, const std::vector<const DeviceType *> &types);
    void report(const QString &error);

    PlanEditor &mEditor;
    bool mReadOnly;
    QLineEdit *mFilter;
    QTableWidget *mPlanTable;
    QTableWidget *mBuiltInTable;
};

}  // namespace rw
