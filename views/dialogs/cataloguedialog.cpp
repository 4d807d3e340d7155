// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguedialog.h"

#include "catalogue/catalogue.h"
#include "catalogue/netboximport.h"
#include "commands/planeditor.h"
#include "devicetypedialog.h"
#include "formatting.h"
#include "i18n/labels.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rw {

CatalogueDialog::CatalogueDialog(PlanEditor &editor, bool readOnly, QWidget *parent)
    : QDialog(parent), mEditor(editor), mReadOnly(readOnly), mFilter(new QLineEdit(this)),
      mPlanTable(new QTableWidget(this)), mBuiltInTable(new QTableWidget(this))
{
    setWindowTitle(tr("Device catalogue"));
    auto *layout = new QVBoxLayout(this);
    mFilter->setPlaceholderText(tr("Search by manufacturer, model or key"));
    mFilter->setClearButtonEnabled(true);
    layout->addWidget(mFilter);

    auto *tabs = new QTabWidget(this);
    auto *planPage = new QWidget(tabs);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->addWidget(mPlanTable);
    auto *planButtons = new QHBoxLayout;
    auto button = [this](QHBoxLayout *row, const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setEnabled(!mReadOnly);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(planButtons, tr("&New..."), tr("Create a device type of your own"), &CatalogueDialog::newType);
    button(planButtons, tr("&Edit..."), tr("Edit the selected device type"), &CatalogueDialog::editType);
    button(planButtons, tr("D&uplicate..."), tr("Copy the selected type as a starting point"), &CatalogueDialog::duplicateType);
    button(planButtons, tr("&Remove"), tr("Remove a device type that is not mounted anywhere"), &CatalogueDialog::removeType);
    button(planButtons, tr("&Import NetBox YAML..."),
           tr("Import device types from the NetBox community device-type library"), &CatalogueDialog::importNetBox);
    planLayout->addLayout(planButtons);
    tabs->addTab(planPage, tr("In this plan"));

    auto *builtInPage = new QWidget(tabs);
    auto *builtInLayout = new QVBoxLayout(builtInPage);
    builtInLayout->addWidget(mBuiltInTable);
    auto *builtInButtons = new QHBoxLayout;
    button(builtInButtons, tr("&Add to plan"), tr("Copy the selected built-in type into the plan"),
           &CatalogueDialog::addBuiltIn);
    builtInButtons->addStretch();
    builtInLayout->addLayout(builtInButtons);
    tabs->addTab(builtInPage, tr("Built-in catalogue"));
    layout->addWidget(tabs);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    for (QTableWidget *table : {mPlanTable, mBuiltInTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        table->setSortingEnabled(true);
    }
    connect(mPlanTable, &QTableWidget::cellDoubleClicked, this, &CatalogueDialog::editType);
    connect(mFilter, &QLineEdit::textChanged, this, &CatalogueDialog::refresh);
    connect(&mEditor.plan(), &Plan::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::DeviceType)
            refresh();
    });
    refresh();
    resize(980, 560);
}

void CatalogueDialog::fill(QTableWidget *table, const std::vector<const DeviceType *> &types)
{
    table->setSortingEnabled(false);
    table->clear();
    table->setColumnCount(8);
    table->setHorizontalHeaderLabels({tr("Manufacturer"), tr("Model"), tr("Category"), tr("Height"), tr("Max power"),
                                      tr("GPUs"), tr("Weight"), tr("Source")});
    table->setRowCount(int(types.size()));
    for (int row = 0; row < int(types.size()); ++row) {
        const DeviceType &t = *types[row];
        const QStringList cells { t.manufacturer, Catalogue::modelText(t), Labels::of(t.category), tr("%1 U").arg(t.heightU),
            fmt::kilowatts(t.maxPowerW / 1000.0, 2), fmt::integer(t.gpuCount), fmt::kilograms(t.weightKg),
            Catalogue::sourceText(t) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, t.key);
            item->setToolTip(column == 7 ? Catalogue::sourceText(t) : Catalogue::notesText(t).left(600));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    table->setSortingEnabled(true);
}

void CatalogueDialog::refresh()
{
    const QString filter = mFilter->text().trimmed();
    auto matches = [&filter](const DeviceType &t) {
        return filter.isEmpty() || t.manufacturer.contains(filter, Qt::CaseInsensitive)
            || t.model.contains(filter, Qt::CaseInsensitive) || Catalogue::modelText(t).contains(filter, Qt::CaseInsensitive) || t.key.contains(filter, Qt::CaseInsensitive);
    };
    std::vector<const DeviceType *> inPlan;
    for (const auto &[key, type] : mEditor.plan().all<DeviceType>()) {
        if (matches(type))
            inPlan.push_back(&type);
    }
    std::vector<const DeviceType *> builtIn;
    for (const DeviceType &type : Catalogue::builtIn()) {
        if (matches(type))
            builtIn.push_back(&type);
    }
    fill(mPlanTable, inPlan);
    fill(mBuiltInTable, builtIn);
}

QString CatalogueDialog::selectedKey(QTableWidget *table) const
{
    const auto items = table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void CatalogueDialog::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Device catalogue"), error);
}

void CatalogueDialog::addBuiltIn()
{
    const DeviceType *type = Catalogue::findBuiltIn(selectedKey(mBuiltInTable));
    if (!type)
        return report(tr("Select a built-in device type first."));
    if (mEditor.plan().find<DeviceType>(type->key))
        return report(tr("%1 is in the plan already.").arg(type->model));
    report(mEditor.add(*type).error);
}

void CatalogueDialog::newType()
{
    DeviceType type;
    type.key = QStringLiteral("my-device");
    type.manufacturer = tr("My company");
    type.model = tr("New device");
    type.source = tr("user");
    DeviceTypeDialog dialog(type, true, this);
    if (dialog.exec() == QDialog::Accepted)
        report(mEditor.add(dialog.deviceType()).error);
}

void CatalogueDialog::editType()
{
    const DeviceType *type = mEditor.plan().find<DeviceType>(selectedKey(mPlanTable));
    if (!type || mReadOnly)
        return;
    DeviceTypeDialog dialog(*type, false, this);
    if (dialog.exec() == QDialog::Accepted)
        report(mEditor.update(dialog.deviceType()).error);
}

void CatalogueDialog::duplicateType()
{
    const DeviceType *type = mEditor.plan().find<DeviceType>(selectedKey(mPlanTable));
    if (!type)
        return report(tr("Select a device type of the plan first."));
    DeviceType copy = *type;
    copy.key += QStringLiteral("-copy");
    copy.model = tr("%1 (copy)").arg(type->model);
    DeviceTypeDialog dialog(copy, true, this);
    if (dialog.exec() == QDialog::Accepted)
        report(mEditor.add(dialog.deviceType()).error);
}

void CatalogueDialog::removeType()
{
    const QString key = selectedKey(mPlanTable);
    if (key.isEmpty())
        return report(tr("Select a device type of the plan first."));
    report(mEditor.removeDeviceType(key).error);
}

QString CatalogueDialog::importNetBoxFiles(const QStringList &paths)
{
    std::vector<DeviceType> types;
    QStringList problems;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: cannot be read (%2).").arg(name, file.errorString());
            continue;
        }
        const NetBoxImportResult result = NetBoxImport::fromYaml(file.read(2 * 1024 * 1024), name);
        if (!result.ok) {
            problems << tr("%1: %2").arg(name, result.error);
            continue;
        }
        for (const QString &warning : result.warnings)
            problems << tr("%1: %2").arg(name, warning);
        types.push_back(result.type);
    }
    QString summary;
    if (!types.empty()) {
        const EditResult result = mEditor.importDeviceTypes(types);
        summary = result.ok ? tr("Imported %n device type(s).", nullptr, int(types.size()))
                            : tr("Nothing was imported: %1").arg(result.error);
    } else {
        summary = tr("Nothing was imported.");
    }
    if (!problems.isEmpty())
        summary += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    return summary;
}

void CatalogueDialog::importNetBox()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import NetBox device types"), QString(),
                                                            tr("NetBox device types (*.yaml *.yml)"));
    if (paths.isEmpty())
        return;
    QMessageBox::information(this, tr("Import NetBox device types"), importNetBoxFiles(paths));
}

}  // namespace rw
