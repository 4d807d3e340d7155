// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rw {
namespace {

enum Column {
    LineColumn,
    ActionColumn,
    HallColumn,
    RowColumn,
    RackColumn,
    TypeColumn,
    PositionColumn,
    ReasonColumn,
    ColumnCount
};

QString actionText(const CsvPreviewLine &line)
{
    if (!line.error.isEmpty())
        return CsvImportDialog::tr("Refused");
    if (line.addsRack && line.mountsDevice)
        return CsvImportDialog::tr("Add rack and mount device");
    if (line.addsRack)
        return CsvImportDialog::tr("Add rack");
    if (line.mountsDevice)
        return CsvImportDialog::tr("Mount device");
    return CsvImportDialog::tr("Rack placed on an earlier line");
}

}  // namespace

CsvImportDialog::CsvImportDialog(const CsvImportPreview &preview, const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import racks and devices: %1").arg(fileName));
    const QLocale locale;
    const int refused = int(preview.errors.size() + preview.unlistedErrors);
    QString text;
    if (refused > 0)
        text = tr("%n line(s) are refused (highlighted, with the reason). Nothing is imported until the file is "
                  "corrected.",
            nullptr, refused);
    else
        text = tr("The import adds %1, %2 and %3 as one step that Undo takes back.")
                   .arg(tr("%n rack(s)", nullptr, preview.racks), tr("%n row(s)", nullptr, preview.rows),
                       tr("%n device(s)", nullptr, preview.devices));
    if (preview.unlistedErrors > 0)
        text += QLatin1Char(' ') + tr("%n further refusal(s) are not listed.", nullptr, int(preview.unlistedErrors));
    mSummary = new QLabel(text, this);
    mSummary->setWordWrap(true);

    mTable = new QTableWidget(int(preview.lines.size()), ColumnCount, this);
    mTable->setHorizontalHeaderLabels({ tr("Line"), tr("Action"), tr("Hall"), tr("Row"), tr("Rack"), tr("Device type"),
        tr("Position (U)"), tr("Reason") });
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->horizontalHeader()->setStretchLastSection(true);
    const QColor refusedColour(255, 220, 220);
    for (int r = 0; r < int(preview.lines.size()); ++r) {
        const CsvPreviewLine &line = preview.lines[std::size_t(r)];
        const QStringList cells { locale.toString(line.line), actionText(line), line.hall, line.row, line.rack,
            line.typeKey, line.mountsDevice ? locale.toString(line.positionU) : QString(), line.error };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == LineColumn || c == PositionColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!line.error.isEmpty()) {
                item->setBackground(refusedColour);
                item->setForeground(Qt::black);
                item->setToolTip(line.error);
            }
            mTable->setItem(r, c, item);
        }
    }
    mTable->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mImport = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    mImport->setEnabled(preview.ok() && (preview.racks > 0 || preview.devices > 0));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

QString CsvImportDialog::summary() const
{
    return mSummary->text();
}

}  // namespace rw
