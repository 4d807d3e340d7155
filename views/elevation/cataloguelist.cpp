// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguelist.h"

#include "catalogue/catalogue.h"
#include "formatting.h"
#include "i18n/labels.h"
#include "rackelevationview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace rw {
namespace {

constexpr int kKeyRole = Qt::UserRole;

/// A tree whose entries drag as device-type keys.
class DraggableTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return { QString::fromLatin1(RackElevationView::kDeviceTypeMime) }; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(0, kKeyRole).toString().isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(RackElevationView::kDeviceTypeMime),
            items.first()->data(0, kKeyRole).toString().toUtf8());
        mime->setText(items.first()->text(0));
        return mime;
    }
};

}  // namespace

CatalogueList::CatalogueList(const Plan &plan, QWidget *parent)
    : QWidget(parent), mPlan(plan), mSearch(new QLineEdit(this)), mTree(new DraggableTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mSearch);
    layout->addWidget(mTree);
    mSearch->setClearButtonEnabled(true);
    mTree->setHeaderHidden(true);
    mTree->setDragEnabled(true);
    mTree->setDragDropMode(QAbstractItemView::DragOnly);
    mTree->setRootIsDecorated(true);
    connect(mSearch, &QLineEdit::textChanged, this, &CatalogueList::rebuild);
    connect(&plan, &Plan::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::DeviceType)
            rebuild();
    });
    connect(&plan, &Plan::reset, this, &CatalogueList::rebuild);
    rebuild();
}

QString CatalogueList::currentKey() const
{
    return mTree->currentItem() ? mTree->currentItem()->data(0, kKeyRole).toString() : QString();
}

void CatalogueList::setFilter(const QString &text)
{
    mSearch->setText(text);
}

void CatalogueList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void CatalogueList::rebuild()
{
    mSearch->setPlaceholderText(tr("Search devices (model, maker, key)"));
    mTree->setToolTip(tr("Drag a device into a rack unit of the elevation"));
    std::map<QString, DeviceType> types;
    for (const DeviceType &type : Catalogue::builtIn())
        types[type.key] = type;
    for (const auto &[key, type] : mPlan.all<DeviceType>())
        types[key] = type;  // the plan's own figures win
    const QString filter = mSearch->text().trimmed();
    mTree->clear();
    std::map<int, QTreeWidgetItem *> groups;
    for (const auto &[key, type] : types) {
        const QString text = type.manufacturer + QLatin1Char(' ') + type.model + QLatin1Char(' ') + key;
        if (!filter.isEmpty() && !text.contains(filter, Qt::CaseInsensitive))
            continue;
        QTreeWidgetItem *&group = groups[int(type.category)];
        if (!group) {
            group = new QTreeWidgetItem(mTree, { Labels::of(type.category) });
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group,
            { tr("%1 (%2 U, %3)").arg(Catalogue::modelText(type)).arg(type.heightU).arg(fmt::kilowatts(type.maxPowerW / 1000.0)) });
        item->setData(0, kKeyRole, key);
        item->setToolTip(0,
            tr("%1 %2<br>%3 mm deep, %4<br>%5 GPUs")
                .arg(type.manufacturer.toHtmlEscaped(), Catalogue::modelText(type).toHtmlEscaped())
                .arg(type.depthMm)
                .arg(fmt::kilograms(type.weightKg))
                .arg(type.gpuCount));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    mTree->sortItems(0, Qt::AscendingOrder);
}

}  // namespace rw
