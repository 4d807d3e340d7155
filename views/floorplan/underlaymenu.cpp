// SPDX-License-Identifier: GPL-3.0-or-later
#include "underlaymenu.h"

#include "commands/underlayedits.h"
#include "floorplanscene.h"
#include "floorplanview.h"
#include "underlay/pagerenderer.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

#include <cmath>

namespace rw {

UnderlayMenu::UnderlayMenu(PlanEditor &editor, FloorPlanView &view, std::function<bool()> readOnly, QWidget *parent)
    : QMenu(parent), mEditor(editor), mView(view), mReadOnly(std::move(readOnly))
{
    setObjectName(QStringLiteral("underlayMenu"));
    mImport = addAction(QString());
    mScale = addAction(QString());
    mOpacity = addAction(QString());
    mTrace = addAction(QString());
    mTrace->setObjectName(QStringLiteral("traceWalls"));
    mTraceColumns = addAction(QString());
    mTraceColumns->setObjectName(QStringLiteral("traceColumns"));
    addSeparator();
    mRemove = addAction(QString());
    connect(mImport, &QAction::triggered, this, &UnderlayMenu::importFile);
    connect(mScale, &QAction::triggered, this, [this] { mView.setTool(FloorTool::UnderlayScale); });
    connect(mOpacity, &QAction::triggered, this, &UnderlayMenu::setOpacity);
    connect(mTrace, &QAction::triggered, this, &UnderlayMenu::traceWalls);
    connect(mTraceColumns, &QAction::triggered, this, &UnderlayMenu::traceColumns);
    connect(mRemove, &QAction::triggered, this, &UnderlayMenu::removeUnderlay);
    connect(this, &QMenu::aboutToShow, this, &UnderlayMenu::updateEnabled);
    retranslate();
}

void UnderlayMenu::retranslate()
{
    setTitle(tr("&Underlay"));
    mImport->setText(tr("&Import floor plan (DXF, SVG, PDF, PNG, JPEG)..."));
    mImport->setToolTip(tr("Show an architect's drawing under the hall to trace walls, columns and rows from"));
    mScale->setText(tr("&Scale by two points"));
    mOpacity->setText(tr("&Opacity..."));
    mTrace->setText(tr("&Trace walls"));
    mTrace->setToolTip(tr("Walls from the drawing's straight lines along the hall's axes"));
    mTraceColumns->setText(tr("Trace &columns"));
    mTraceColumns->setToolTip(tr("Columns from the drawing's small closed figures: squares, rectangles and circles"));
    mRemove->setText(tr("&Remove underlay"));
}

qint64 UnderlayMenu::currentUnderlay() const
{
    const Id hallId = mView.planScene()->hall();
    Id found = kNoId;
    for (const auto &[id, underlay] : mEditor.plan().all<Underlay>()) {
        if (underlay.hallId == hallId)
            found = id;
    }
    return found;
}

void UnderlayMenu::updateEnabled()
{
    const bool editable = !mReadOnly();
    const bool has = currentUnderlay() != kNoId;
    mImport->setEnabled(editable && mEditor.plan().find<Hall>(mView.planScene()->hall()));
    for (QAction *action : { mScale, mOpacity, mTrace, mTraceColumns, mRemove })
        action->setEnabled(editable && has);
}

void UnderlayMenu::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import floor plan"), QString(),
        tr("Floor plans (*.dxf *.svg *.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Underlay"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    int page = 1;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        if (const int pages = PageRenderer::pdfPageCount(bytes); pages > 1) {
            bool ok = false;
            page = QInputDialog::getInt(this, tr("Import floor plan"),
                tr("Page of %1 to put under the hall (1 to %2):").arg(QFileInfo(path).fileName()).arg(pages), 1, 1,
                pages, 1, &ok);
            if (!ok)
                return;
        }
    }
    const EditResult result = UnderlayEdits::import(mEditor, mView.planScene()->hall(), bytes, path, page);
    if (!result.ok)
        QMessageBox::warning(this, tr("Underlay"), result.error);
}

void UnderlayMenu::setOpacity()
{
    const Underlay *underlay = mEditor.plan().find<Underlay>(currentUnderlay());
    if (!underlay)
        return;
    bool ok = false;
    const int percent = QInputDialog::getInt(
        this, tr("Underlay opacity"), tr("Opacity (%):"), int(std::lround(underlay->opacity * 100)), 0, 100, 10, &ok);
    if (!ok)
        return;
    const EditResult result = UnderlayEdits::setOpacity(mEditor, underlay->id, percent / 100.0);
    if (!result.ok)
        QMessageBox::warning(this, tr("Underlay"), result.error);
}

void UnderlayMenu::traceWalls()
{
    bool ok = false;
    const double thicknessM
        = QInputDialog::getDouble(this, tr("Trace walls"), tr("Wall thickness (m):"), 0.24, 0.05, 2.0, 2, &ok);
    if (!ok)
        return;
    const EditResult result = UnderlayEdits::traceWalls(mEditor, currentUnderlay(), thicknessM, 0.5);
    if (!result.ok)
        QMessageBox::warning(this, tr("Underlay"), result.error);
}

void UnderlayMenu::traceColumns()
{
    bool ok = false;
    const double maxSideM
        = QInputDialog::getDouble(this, tr("Trace columns"), tr("Largest column side (m):"), 1.5, 0.2, 5.0, 2, &ok);
    if (!ok)
        return;
    const EditResult result = UnderlayEdits::traceColumns(mEditor, currentUnderlay(), 0.1, maxSideM);
    if (!result.ok)
        QMessageBox::warning(this, tr("Underlay"), result.error);
}

void UnderlayMenu::removeUnderlay()
{
    const EditResult result = UnderlayEdits::remove(mEditor, currentUnderlay());
    if (!result.ok)
        QMessageBox::warning(this, tr("Underlay"), result.error);
}

}  // namespace rw
