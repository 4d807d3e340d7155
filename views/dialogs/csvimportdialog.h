// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/csvimportedits.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rw {

/// The preview of a CSV import of racks and devices: every line with what it adds, refused lines
/// highlighted with their reason. Import is offered only when no line is refused (all or nothing).
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(const CsvImportPreview &preview, const QString &fileName, QWidget *parent = nullptr);

    QTableWidget *table() const { return mTable; }
    QPushButton *importButton() const { return mImport; }
    QString summary() const;

private:
    QLabel *mSummary;
    QTableWidget *mTable;
    QPushButton *mImport;
};

}  // namespace rw
