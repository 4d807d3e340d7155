// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace rw {

CompareDialog::CompareDialog(const PlanDiff &diff, const QString &nameA, const QString &nameB, QWidget *parent)
    : QDialog(parent), mSummary(new QLabel(this)), mFigures(new QTableWidget(this)), mChanges(new QTreeWidget(this))
{
    setWindowTitle(tr("Compare %1 with %2").arg(nameA, nameB));
    auto *layout = new QVBoxLayout(this);
    mSummary->setWordWrap(true);
    mSummary->setText(diff.identical()
            ? tr("The plans describe the same site and entities.")
            : tr("%L1 added, %L2 removed, %L3 changed; %Ln site field(s) differ.", nullptr, int(diff.site.size()))
                  .arg(diff.count(EntityChange::Kind::Added))
                  .arg(diff.count(EntityChange::Kind::Removed))
                  .arg(diff.count(EntityChange::Kind::Changed)));
    layout->addWidget(mSummary);

    const QLocale locale;
    mFigures->setColumnCount(4);
    mFigures->setHorizontalHeaderLabels({ tr("Key figure"), nameA, nameB, tr("Difference") });
    mFigures->setRowCount(int(diff.figures.size()));
    mFigures->verticalHeader()->hide();
    mFigures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < int(diff.figures.size()); ++row) {
        const FigureChange &f = diff.figures[std::size_t(row)];
        const double delta = f.b - f.a;
        const QString cells[] = { PlanDiffer::figureName(f.key), locale.toString(f.a, 'f', f.decimals),
            locale.toString(f.b, 'f', f.decimals),
            (delta > 0 ? QStringLiteral("+") : QString()) + locale.toString(delta, 'f', f.decimals) };
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 3 && std::abs(delta) > 1e-9)
                item->setFont([&] {
                    QFont bold = item->font();
                    bold.setBold(true);
                    return bold;
                }());
            mFigures->setItem(row, c, item);
        }
    }
    mFigures->resizeColumnsToContents();
    mFigures->horizontalHeader()->setStretchLastSection(true);

    mChanges->setColumnCount(3);
    mChanges->setHeaderLabels({ tr("What"), nameA, nameB });
    std::map<EntityKind, QTreeWidgetItem *> groups;
    auto group = [&](EntityKind kind) {
        auto &g = groups[kind];
        if (!g) {
            g = new QTreeWidgetItem(mChanges, { PlanDiffer::entityName(kind) });
            g->setExpanded(true);
        }
        return g;
    };
    for (const FieldChange &f : diff.site)
        new QTreeWidgetItem(group(EntityKind::Site), { f.label, f.before, f.after });
    for (const EntityChange &e : diff.entities) {
        auto *item = new QTreeWidgetItem(
            group(e.entity), { QStringLiteral("%1 (%2)").arg(e.name, PlanDiffer::changeName(e.change)) });
        item->setForeground(0,
            e.change == EntityChange::Kind::Added         ? QColor(20, 120, 40)
                : e.change == EntityChange::Kind::Removed ? QColor(180, 20, 20)
                                                          : QColor(30, 60, 150));
        for (const FieldChange &f : e.fields)
            new QTreeWidgetItem(item, { f.label, f.before, f.after });
    }
    for (auto &[kind, g] : groups)
        g->setText(0, QStringLiteral("%1 (%L2)").arg(PlanDiffer::entityName(kind)).arg(g->childCount()));
    mChanges->header()->setSectionResizeMode(QHeaderView::Interactive);
    mChanges->setColumnWidth(0, 360);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(mFigures);
    split->addWidget(mChanges);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 700);
}

}  // namespace rw
