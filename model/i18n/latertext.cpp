// SPDX-License-Identifier: GPL-3.0-or-later
#include "latertext.h"

#include <QCoreApplication>

namespace rw {

QString LaterText::text() const
{
    QString text = QCoreApplication::translate(mContext, mSource);
    for (const QString &arg : mArgs)
        text = text.arg(arg);
    return text;
}

}  // namespace rw
