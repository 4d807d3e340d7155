// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace rw {

/// A number entered as text, with its unit and the range it must lie in. Out-of-range or unreadable
/// input is never corrected: the text stays as typed, turns red and the reason shows below it (and is
/// announced by refused()) until the user fixes it or presses Escape, which brings back the last
/// accepted value. Numbers are read and written in the current locale.
class NumberField : public QWidget {
    Q_OBJECT
public:
    /// label names the field in messages ("Width"); min/max may be infinite.
    NumberField(
        const QString &label, const QString &unit, double min, double max, bool wholeNumber, QWidget *parent = nullptr);
    /// Quiet: the line edit loses the focus while the widget goes away, after its members are gone.
    ~NumberField() override;

    /// Shows a value and takes it as the accepted one.
    void setValue(double value);
    /// The last accepted value (what setValue() gave or the user entered within the range).
    double value() const { return mAccepted; }
    /// The text as typed, when it is an acceptable number (for live previews).
    std::optional<double> typedValue() const;
    /// Whether the text as typed is a number within the range.
    bool isAcceptable() const { return problem().isEmpty(); }
    /// Why the text as typed is not accepted (translated), empty when it is.
    QString problem() const;
    QLineEdit *lineEdit() const { return mEdit; }
    /// The reason shown next to the field (empty while the text is acceptable).
    QString shownProblem() const;

    /// Takes the text as typed when it is acceptable, else marks it (no signals); for dialogs' OK.
    bool check();
    /// Marks the text as typed as refused for a reason found elsewhere (the plan's checks); it stays as
    /// typed until fixed or Escape.
    void markRefused(const QString &reason);

    /// "1,5" / "1.5": a value written for the current locale, without trailing zeros.
    static QString format(double value, bool wholeNumber);

signals:
    /// The text changed (typed or set).
    void textChanged();
    /// The user finished entering an acceptable value that differs from the accepted one.
    void valueEdited(double value);
    /// The user finished entering text that is not accepted; why, translated.
    void refused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool parse(double *out) const;
    void finish();
    void showProblem(const QString &problem);

    QString mLabel;
    QString mUnit;
    double mMin;
    double mMax;
    bool mWholeNumber;
    double mAccepted = 0.0;
    QString mShownText;  ///< the accepted value as last shown
    bool mRefusedElsewhere = false;
    QLineEdit *mEdit;
    QLabel *mUnitLabel;
    QLabel *mMessage;
};

}  // namespace rw
