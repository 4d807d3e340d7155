// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberfield.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace rw {

NumberField::NumberField(
    const QString &label, const QString &unit, double min, double max, bool wholeNumber, QWidget *parent)
    : QWidget(parent), mLabel(label), mUnit(unit), mMin(min), mMax(max), mWholeNumber(wholeNumber),
      mEdit(new QLineEdit(this)), mUnitLabel(new QLabel(unit, this)), mMessage(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(1);
    layout->addWidget(mEdit, 0, 0);
    layout->addWidget(mUnitLabel, 0, 1);
    layout->addWidget(mMessage, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    mUnitLabel->setVisible(!unit.isEmpty());
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #c0392b"));
    mMessage->hide();
    mEdit->installEventFilter(this);
    setFocusProxy(mEdit);
    connect(mEdit, &QLineEdit::editingFinished, this, &NumberField::finish);
    connect(mEdit, &QLineEdit::textChanged, this, &NumberField::textChanged);
    // Once marked, the mark follows the text, so that it goes as soon as the value is fixed.
    connect(mEdit, &QLineEdit::textEdited, this, [this] {
        if (!mMessage->isHidden())
            showProblem(problem());
    });
    setValue(0.0);
}

NumberField::~NumberField()
{
    mEdit->removeEventFilter(this);
    mEdit->disconnect(this);
}

QString NumberField::format(double value, bool wholeNumber)
{
    const QLocale locale;
    if (wholeNumber)
        return locale.toString(qlonglong(std::llround(value)));
    QString text = locale.toString(value, 'f', 6);
    const QChar point = locale.decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

void NumberField::setValue(double value)
{
    mAccepted = value;
    mShownText = format(value, mWholeNumber);
    mEdit->setText(mShownText);
    showProblem({});
}

bool NumberField::parse(double *out) const
{
    QString text = mEdit->text().trimmed();
    if (!mUnit.isEmpty() && text.endsWith(mUnit))  // "30 m" typed with its unit
        text = text.chopped(mUnit.size()).trimmed();
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return false;
    *out = value;
    return true;
}

QString NumberField::problem() const
{
    double value = 0;
    if (!parse(&value))
        return tr("%1: \"%2\" is not a number.").arg(mLabel, mEdit->text().trimmed());
    if (mWholeNumber && value != std::floor(value))
        return tr("%1 must be a whole number.").arg(mLabel);
    if (value >= mMin && value <= mMax)
        return {};
    auto limit = [this](double v) {
        const QString number = format(v, mWholeNumber && v == std::floor(v));
        return mUnit.isEmpty() ? number : tr("%1 %2", "number and unit").arg(number, mUnit);
    };
    if (std::isinf(mMax))
        return tr("%1 must be at least %2.").arg(mLabel, limit(mMin));
    if (std::isinf(mMin))
        return tr("%1 must be at most %2.").arg(mLabel, limit(mMax));
    return tr("%1 must be between %2 and %3.").arg(mLabel, limit(mMin), limit(mMax));
}

std::optional<double> NumberField::typedValue() const
{
    double value = 0;
    if (!parse(&value) || !problem().isEmpty())
        return std::nullopt;
    return value;
}

QString NumberField::shownProblem() const
{
    return mMessage->isHidden() ? QString() : mMessage->text();
}

void NumberField::showProblem(const QString &problem)
{
    mMessage->setText(problem);
    mMessage->setVisible(!problem.isEmpty());
    mEdit->setStyleSheet(
        problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { color: #c0392b; background: #fdecea; }"));
    mEdit->setToolTip(problem);
}

bool NumberField::check()
{
    if (mEdit->text() == mShownText)
        return true;
    const QString why = problem();
    showProblem(why);
    if (!why.isEmpty())
        return false;
    double value = 0;
    parse(&value);
    setValue(value);
    return true;
}

void NumberField::markRefused(const QString &reason)
{
    mRefusedElsewhere = true;
    showProblem(reason);
}

void NumberField::finish()
{
    if (mEdit->text() == mShownText) {
        showProblem({});
        return;  // untouched: the shown text may round the value, which must not become an edit
    }
    const QString why = problem();
    showProblem(why);
    if (!why.isEmpty()) {
        emit refused(why);
        return;
    }
    double value = 0;
    parse(&value);
    if (value == mAccepted) {
        setValue(value);
        return;
    }
    mRefusedElsewhere = false;
    emit valueEdited(value);  // a receiver may refuse it (markRefused): then the text stays as typed
    if (!mRefusedElsewhere)
        setValue(value);
}

bool NumberField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && mEdit->text() != mShownText) {
        setValue(mAccepted);  // Escape takes back what was typed
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace rw
