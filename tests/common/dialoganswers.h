// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answering the modal dialogs that a GUI test opens: wait for one to show, type into its number fields, click OK.
// Header-only.

#include "dialogs/numberfield.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace rwtest {

/// Runs `answer` on the next modal widget of type W once it is shown.
template <class W> void whenShown(std::function<void(W *)> answer)
{
    QTimer::singleShot(20, qApp, [answer] {
        auto *widget = qobject_cast<W *>(QApplication::activeModalWidget());
        if (!widget) {
            whenShown<W>(answer);
            return;
        }
        answer(widget);
    });
}

inline void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

/// Types `text` into the dialog's number field of that name.
inline void type(QDialog *dialog, const QString &field, const QString &text)
{
    auto *number = dialog->findChild<rw::NumberField *>(field);
    QVERIFY2(number, qPrintable(field));
    number->lineEdit()->setText(text);
}

}  // namespace rwtest
