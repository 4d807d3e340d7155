// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertypanel.h"

#include "commands/fieldedits.h"
#include "dialogs/numberfield.h"
#include "floorplan/floorplanscene.h"
#include "i18n/labels.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>
#include <set>

namespace rw {
PropertyPanel::PropertyPanel(Plan &plan, FloorPlanScene *scene, QWidget *parent)
    : QWidget(parent), mPlan(plan), mScene(scene), mLayout(new QVBoxLayout)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    inner->setLayout(mLayout);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    mRebuildTimer.setSingleShot(true);
    mRebuildTimer.setInterval(0);
    connect(&mRebuildTimer, &QTimer::timeout, this, &PropertyPanel::rebuild);
    // The scene announces its selection after every rebuild: only a different selection replaces the
    // editors (a plan change must not drop what the user is typing or a refused value).
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        scheduleRebuild(mScene->selectedRefs() != mShownRefs || mScene->hall() != mShownHall);
    });
    connect(&plan, &Plan::entityChanged, this, [this] { scheduleRebuild(false); });
    connect(&plan, &Plan::reset, this, [this] { scheduleRebuild(true); });
    rebuild();
}

void PropertyPanel::setEditor(PlanEditor *editor)
{
    mEditor = editor;
    scheduleRebuild(true);
}

void PropertyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        scheduleRebuild(true);
    QWidget::changeEvent(event);
}

void PropertyPanel::scheduleRebuild(bool force)
{
    mForce = mForce || force;
    mRebuildTimer.start();
}

void PropertyPanel::rebuild()
{
    // A plan change while the user types in one of our editors must not pull the editor away.
    const QWidget *focus = QApplication::focusWidget();
    if (!mForce && mContent && focus && mContent->isAncestorOf(focus))
        return;
    // Nor may it drop a refused value the user has not fixed or taken back yet.
    if (!mForce && mContent) {
        for (const NumberField *number : mContent->findChildren<NumberField *>()) {
            if (!number->shownProblem().isEmpty())
                return;
        }
    }
    mForce = false;
    delete mContent;
    mContent = new QWidget(this);
    auto *layout = new QVBoxLayout(mContent);
    layout->setContentsMargins(0, 0, 0, 0);
    mLayout->insertWidget(0, mContent);

    const auto refs = mScene->selectedRefs();
    mShownRefs = refs;
    mShownHall = mScene->hall();
    std::map<EntityKind, std::vector<Id>> byKind;
    for (const PlanItemRef &ref : refs)
        byKind[ref.kind].push_back(ref.id);
    if (refs.empty()) {
        if (mPlan.find<Hall>(mScene->hall()))
            addGroup<Hall>(tr("Hall"), { mScene->hall() }, { QStringLiteral("id") });
    } else if (byKind.size() > 1) {
        auto *label = new QLabel(tr("%n items of different kinds are selected. Select items of one kind to edit "
                                    "them together.",
                                     nullptr, int(refs.size())),
            mContent);
        label->setWordWrap(true);
        layout->addWidget(label);
    } else {
        const auto &[kind, ids] = *byKind.begin();
        const QStringList noName = ids.size() > 1 ? QStringList { QStringLiteral("name") } : QStringList {};
        const QStringList always { QStringLiteral("id"), QStringLiteral("hallId") };
        switch (kind) {
        case EntityKind::Rack: {
            addGroup<Rack>(tr("%n rack(s)", nullptr, int(ids.size())), ids,
                always + noName
                    + QStringList { QStringLiteral("rowId"), QStringLiteral("feedA"), QStringLiteral("feedB") });
            std::set<Id> rows;
            for (Id id : ids) {
                if (const Rack *rack = mPlan.find<Rack>(id))
                    rows.insert(rack->rowId);
            }
            if (rows.size() == 1 && *rows.begin() != kNoId && mPlan.find<Row>(*rows.begin()))
                addGroup<Row>(tr("Row"), { *rows.begin() }, always);
            addCoolantGroups(ids);
            break;
        }
        case EntityKind::CoolingUnit:
            addGroup<CoolingUnit>(tr("%n cooling unit(s)", nullptr, int(ids.size())), ids,
                always + noName + QStringList { QStringLiteral("feedId") });
            break;
        case EntityKind::Obstacle:
            addGroup<Obstacle>(tr("%n obstacle(s)", nullptr, int(ids.size())), ids, always);
            break;
        case EntityKind::PowerNode:
            addGroup<PowerNode>(tr("%n power node(s)", nullptr, int(ids.size())), ids, always + noName);
            break;
        case EntityKind::Label:
            addGroup<Label>(tr("%n label(s)", nullptr, int(ids.size())), ids, always);
            break;
        default:
            break;
        }
    }
    layout->addStretch(1);
}

void PropertyPanel::addCoolantGroups(const std::vector<Id> &rackIds)
{
    // Racks on coolant loops: their branch and cold plates, and the loop itself when they share one.
    const std::set<Id> racks(rackIds.begin(), rackIds.end());
    std::vector<Id> attachments;
    std::set<Id> loops;
    for (const auto &[id, attachment] : mPlan.all<LoopRack>()) {
        if (racks.count(attachment.rackId)) {
            attachments.push_back(id);
            loops.insert(attachment.loopId);
        }
    }
    if (attachments.empty())
        return;
    addGroup<LoopRack>(tr("On a coolant loop"), attachments,
        { QStringLiteral("id"), QStringLiteral("rackId"), QStringLiteral("loopId") });
    if (const CoolantLoop *loop = loops.size() == 1 ? mPlan.find<CoolantLoop>(*loops.begin()) : nullptr)
        addGroup<CoolantLoop>(tr("Coolant loop %1").arg(loop->name), { loop->id },
            { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("cduId"),
                QStringLiteral("facilityLoopId") });
}

template <class T>
void PropertyPanel::addGroup(const QString &title, const std::vector<Id> &ids, const QStringList &skip)
{
    std::vector<const T *> entities;
    for (Id id : ids) {
        if (const T *entity = mPlan.find<T>(id))
            entities.push_back(entity);
    }
    if (entities.empty())
        return;
    auto *group = new QGroupBox(title, mContent);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow dock puts fields under their labels
    const auto &fields = EntityTraits<T>::fields();
    for (int i = 0; i < int(fields.size()); ++i) {
        const FieldDef<T> &field = fields[std::size_t(i)];
        if (skip.contains(field.name))
            continue;
        const QVariant value = field.get(*entities.front());
        bool differs = false;
        for (const T *entity : entities)
            differs = differs || field.get(*entity) != value;
        const FieldLabel label = Labels::field<T>(field.name);
        QWidget *editor = nullptr;
        auto commit = [this, ids, i](const QVariant &v) {
            if (!apply<T>(ids, i, v).isEmpty())
                scheduleRebuild(true);  // show the values the plan still has
        };
        switch (field.type) {
        case FieldType::Int:
        case FieldType::EntityId:
        case FieldType::Double: {
            // Typed as text: a value outside the field's range is refused and stays as typed, never clamped.
            auto *number = new NumberField(label.text, label.unit, field.min, field.max, field.type != FieldType::Double, group);
            number->setValue(value.toDouble());
            connect(number, &NumberField::refused, this, &PropertyPanel::editRefused);
            connect(number, &NumberField::valueEdited, this, [this, number, ids, i, type = field.type](double v) {
                const QVariant typed = type == FieldType::Double ? QVariant(v) : QVariant(qlonglong(std::llround(v)));
                const QString why = apply<T>(ids, i, typed);
                if (!why.isEmpty())
                    number->markRefused(why);
            });
            editor = number;
            break;
        }
        case FieldType::Bool: {
            auto *check = new QCheckBox(group);
            check->setChecked(value.toBool());
            connect(check, &QCheckBox::toggled, this, [commit](bool on) { commit(on); });
            editor = check;
            break;
        }
        case FieldType::Enum: {
            auto *combo = new QComboBox(group);
            // Narrow docks: the box may be narrower than its longest entry (the list shows it in full).
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(8);
            for (const QString &name : field.enumValues)
                combo->addItem(Labels::enumValue(field.enumValues, name), name);
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            connect(combo, &QComboBox::activated, this, [combo, commit] { commit(combo->currentData()); });
            editor = combo;
            break;
        }
        case FieldType::Text:
        case FieldType::Date: {
            auto *line = new QLineEdit(value.toString(), group);
            if (field.maxLength > 0)
                line->setMaxLength(field.maxLength);
            connect(line, &QLineEdit::editingFinished, this, [line, commit, loaded = value.toString()] {
                if (line->text() != loaded)
                    commit(line->text());
            });
            editor = line;
            break;
        }
        }
        editor->setObjectName(field.name);
        editor->setEnabled(mEditor != nullptr);
        // Room for a value: in a narrow dock the row then puts the field under its label.
        if (field.type != FieldType::Bool)
            editor->setMinimumWidth(120);
        QString text = label.text + QLatin1Char(':');
        QString tip = label.tip;
        if (differs) {
            text = QCoreApplication::translate("rw::PropertyPanel", "%1 (varies)").arg(label.text) + QLatin1Char(':');
            tip = QCoreApplication::translate("rw::PropertyPanel",
                "The selected items have different values; a value entered here is set on all of them.");
        }
        editor->setToolTip(tip);
        form->addRow(text, editor);
    }
    qobject_cast<QVBoxLayout *>(mContent->layout())->addWidget(group);
}

template <class T> QString PropertyPanel::apply(const std::vector<Id> &ids, int fieldIndex, const QVariant &value)
{
    if (!mEditor)
        return {};
    const EditResult result = FieldEdits::set<T>(*mEditor, ids, fieldIndex, value);
    if (!result.ok)
        emit editRefused(result.error);
    return result.error;
}

}  // namespace rw
