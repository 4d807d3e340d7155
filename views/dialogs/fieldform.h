#pragma once

#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "plan/fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

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
            if (auto *spin = qobject_cast<QSpinBox *>(e.editor))
                spin->setValue(v.toInt());
            else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(e.editor))
                dspin->setValue(v.toDouble());
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
            const bool made = !e.declared || e.declared->isChecked();
            e.field->set(base, made ? editorValue(e.editor) : QVariant());  // invalid: not declared
        }
        return base;
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
                mEntries[index].editor->setFocus();
                if (auto *spin = qobject_cast<QAbstractSpinBox *>(mEntries[index].editor))
                    spin->selectAll();
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
        const QString special = on ? QString() : notDeclaredText();
        if (auto *spin = qobject_cast<QSpinBox *>(e.editor)) {
            spin->setSpecialValueText(special);
            if (!on)
                spin->setValue(spin->minimum());
        } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(e.editor)) {
            dspin->setSpecialValueText(special);
            if (!on)
                dspin->setValue(dspin->minimum());
        } else if (auto *date = qobject_cast<QDateEdit *>(e.editor)) {
            // The minimum date means "none" (see makeEditor); a date being declared starts from today.
            if (!on)
                date->setDate(date->minimumDate());
            else if (date->date() == date->minimumDate())
                date->setDate(QDate::currentDate());
            date->setSpecialValueText(on ? QString() : notDeclaredText());
        }
    }

    static QVariant editorValue(const QWidget *editor)
    {
        if (auto *spin = qobject_cast<const QSpinBox *>(editor))
            return spin->value();
        if (auto *dspin = qobject_cast<const QDoubleSpinBox *>(editor))
            return dspin->value();
        if (auto *check = qobject_cast<const QCheckBox *>(editor))
            return check->isChecked();
        if (auto *combo = qobject_cast<const QComboBox *>(editor))
            return combo->currentData();
        if (auto *date = qobject_cast<const QDateEdit *>(editor))
            return date->date() == date->minimumDate() ? QString() : date->date().toString(Qt::ISODate);
        if (auto *line = qobject_cast<const QLineEdit *>(editor))
            return line->text();
        if (auto *text = qobject_cast<const QPlainTextEdit *>(editor))
            return text->toPlainText();
        return {};
    }

    static double bound(double value, double fallback) { return std::isfinite(value) ? value : fallback; }

    static QWidget *makeEditor(const FieldDef<T> &field, QWidget *parent)
    {
        const QString unit = Labels::field<T>(field.name).unit;
        const QString suffix = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
        switch (field.type) {
        case FieldType::Int:
        case FieldType::EntityId: {
            auto *spin = new QSpinBox(parent);
            spin->setRange(int(bound(field.min, -1e9)), int(bound(field.max, 1e9)));
            spin->setSuffix(suffix);
            return spin;
        }
        case FieldType::Double: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setDecimals(field.max <= 1.0 ? 3 : 2);
            spin->setRange(bound(field.min, -1e9), bound(field.max, 1e9));
            spin->setSingleStep(field.max <= 1.0 ? 0.01 : 1.0);
            spin->setSuffix(suffix);
            return spin;
        }
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
