// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "numberfield.h"
#include "plan/fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

#include <cmath>

namespace rw {

/// Builds editors for an entity's fields into a form, from the same field definitions that the store
/// and the JSON form use: ranges, enum values and text lengths come from one place.
template <class T>
class FieldForm {
public:
    FieldForm(QFormLayout *layout, const std::vector<FieldDef<T>> &fields, const QStringList &skip = {})
    {
        for (const FieldDef<T> &field : fields) {
            if (skip.contains(field.name))
                continue;
            QWidget *editor = makeEditor(field, layout->parentWidget());
            const FieldLabel label = Labels::field<T>(field.name);
            editor->setObjectName(field.name);
            editor->setToolTip(label.tip);
            QCheckBox *declared = field.nullable ? addDeclaration(layout, label.text, editor) : nullptr;
            if (declared)
                declared->setObjectName(field.name + QStringLiteral("Declared"));
            else
                layout->addRow(label.text + QLatin1Char(':'), editor);
            mEntries.push_back({ &field, editor, declared });
        }
    }

    void load(const T &value)
    {
        for (const Entry &e : mEntries) {
            const QVariant v = e.field->get(value);
            if (e.declared) {
                setDeclared(e, v.isValid());
                if (!v.isValid())
                    continue;
            }
            if (auto *number = qobject_cast<NumberField *>(e.editor))
                number->setValue(v.toDouble());
            else if (auto *check = qobject_cast<QCheckBox *>(e.editor))
                check->setChecked(v.toBool());
            else if (auto *combo = qobject_cast<QComboBox *>(e.editor))
                combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
            else if (auto *date = qobject_cast<QDateEdit *>(e.editor))
                date->setDate(v.toString().isEmpty() ? date->minimumDate() : QDate::fromString(v.toString(), Qt::ISODate));
            else if (auto *line = qobject_cast<QLineEdit *>(e.editor))
                line->setText(v.toString());
            else if (auto *text = qobject_cast<QPlainTextEdit *>(e.editor))
                text->setPlainText(v.toString());
        }
    }

    /// `base` with every edited field replaced by the editor's value.
    T store(T base) const
    {
        for (const Entry &e : mEntries) {
            QVariant v;
            if (e.declared && !e.declared->isChecked())
                ;  // invalid: not declared
            else if (auto *number = qobject_cast<NumberField *>(e.editor))
                v = e.field->type == FieldType::Double ? QVariant(number->value())
                                                       : QVariant(qlonglong(std::llround(number->value())));
            else if (auto *check = qobject_cast<QCheckBox *>(e.editor))
                v = check->isChecked();
            else if (auto *combo = qobject_cast<QComboBox *>(e.editor))
                v = combo->currentData();
            else if (auto *date = qobject_cast<QDateEdit *>(e.editor))
                v = date->date() == date->minimumDate() ? QString() : date->date().toString(Qt::ISODate);
            else if (auto *line = qobject_cast<QLineEdit *>(e.editor))
                v = line->text();
            else if (auto *text = qobject_cast<QPlainTextEdit *>(e.editor))
                v = text->toPlainText();
            e.field->set(base, v);
        }
        return base;
    }

    /// Whether every number as typed is acceptable; marks those that are not and focuses the first. A
    /// dialog accepts only then, so that nothing typed is dropped or corrected.
    bool checkInput() const
    {
        NumberField *first = nullptr;
        for (const Entry &e : mEntries) {
            if (e.declared && !e.declared->isChecked())
                continue;
            if (auto *number = qobject_cast<NumberField *>(e.editor); number && !number->check() && !first)
                first = number;
        }
        if (first)
            first->setFocus();
        return first == nullptr;
    }

private:
    struct Entry {
        const FieldDef<T> *field;
        QWidget *editor;
        QCheckBox *declared;  ///< declarations only: unchecked = not declared
    };

    static QString notDeclaredText() { return QCoreApplication::translate("rw::FieldForm", "not declared"); }

    /// A declaration's row: a "declared" check box before the editor. Unticked, the editor is disabled
    /// and shows "not declared" instead of a value nobody entered.
    QCheckBox *addDeclaration(QFormLayout *layout, const QString &label, QWidget *editor)
    {
        auto *row = new QWidget(layout->parentWidget());
        auto *box = new QHBoxLayout(row);
        box->setContentsMargins(0, 0, 0, 0);
        auto *declared = new QCheckBox(QCoreApplication::translate("rw::FieldForm", "declared"), row);
        declared->setToolTip(QCoreApplication::translate("rw::FieldForm",
            "Tick when the bidder states this value; unticked, checks that need it are not assessable"));
        box->addWidget(declared);
        box->addWidget(editor, 1);
        layout->addRow(label + QLatin1Char(':'), row);
        const std::size_t index = mEntries.size();
        QObject::connect(declared, &QCheckBox::toggled, editor, [this, index](bool on) {
            setDeclared(mEntries[index], on);
            if (on) {
                if (auto *number = qobject_cast<NumberField *>(mEntries[index].editor)) {
                    number->lineEdit()->setFocus();
                    number->lineEdit()->selectAll();
                } else {
                    mEntries[index].editor->setFocus();
                }
            }
        });
        return declared;
    }

    /// Shows a declaration as made or not; an editor that is not declared shows the text "not declared".
    static void setDeclared(const Entry &e, bool on)
    {
        {
            const QSignalBlocker quiet(e.declared);
            e.declared->setChecked(on);
        }
        e.editor->setEnabled(on);
        if (auto *number = qobject_cast<NumberField *>(e.editor)) {
            number->lineEdit()->setPlaceholderText(on ? QString() : notDeclaredText());
            if (on)
                number->setValue(number->value());  // the last accepted value, to edit
            else
                number->lineEdit()->clear();
        } else if (auto *combo = qobject_cast<QComboBox *>(e.editor)) {
            // No choice shown while not declared: a greyed first entry would read as a value nobody chose.
            combo->setPlaceholderText(notDeclaredText());
            if (!on)
                combo->setCurrentIndex(-1);
            else if (combo->currentIndex() < 0)
                combo->setCurrentIndex(0);
        } else if (auto *date = qobject_cast<QDateEdit *>(e.editor)) {
            // The minimum date means "none" (see makeEditor); a date being declared starts from today.
            if (!on)
                date->setDate(date->minimumDate());
            else if (date->date() == date->minimumDate())
                date->setDate(QDate::currentDate());
            date->setSpecialValueText(on ? QString() : notDeclaredText());
        }
    }

    static QWidget *makeEditor(const FieldDef<T> &field, QWidget *parent)
    {
        const FieldLabel label = Labels::field<T>(field.name);
        switch (field.type) {
        case FieldType::Int:
        case FieldType::EntityId:
        case FieldType::Double:
            // Typed as text: out-of-range input is refused and stays as typed, never clamped.
            return new NumberField(label.text, label.unit, field.min, field.max, field.type != FieldType::Double, parent);
        case FieldType::Bool:
            return new QCheckBox(parent);
        case FieldType::Enum: {
            auto *combo = new QComboBox(parent);
            for (const QString &value : field.enumValues)
                combo->addItem(Labels::enumValue(field.enumValues, value), value);
            return combo;
        }
        case FieldType::Date: {
            auto *date = new QDateEdit(parent);
            date->setCalendarPopup(true);
            date->setMinimumDate(QDate(1990, 1, 1));
            date->setSpecialValueText(QCoreApplication::translate("rw::FieldForm", "not set"));
            date->setDisplayFormat(DateText::format());  // the locale's order, four-digit years
            return date;
        }
        case FieldType::Text:
            if (field.maxLength > 2000) {
                auto *text = new QPlainTextEdit(parent);
                text->setMinimumHeight(field.maxLength > 20000 ? 160 : 60);
                return text;
            }
            {
                auto *line = new QLineEdit(parent);
                line->setMaxLength(field.maxLength > 0 ? field.maxLength : 32767);
                return line;
            }
        }
        return new QLineEdit(parent);
    }

    std::vector<Entry> mEntries;
};

}  // namespace rw
