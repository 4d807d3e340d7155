// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace rw::fmt {

QString kilowatts(double kw, int decimals)
{
    return QCoreApplication::translate("rw::fmt", "%1 kW").arg(QLocale().toString(kw, 'f', decimals));
}

QString megawatts(double kw, int decimals)
{
    return QCoreApplication::translate("rw::fmt", "%1 MW").arg(QLocale().toString(kw / 1000.0, 'f', decimals));
}

QString kilograms(double kg)
{
    return QCoreApplication::translate("rw::fmt", "%1 kg").arg(QLocale().toString(kg, 'f', 0));
}

QString integer(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double share, int decimals)
{
    return QCoreApplication::translate("rw::fmt", "%1 %").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString celsius(double c, int decimals)
{
    return QCoreApplication::translate("rw::fmt", "%1 °C").arg(QLocale().toString(c, 'f', decimals));
}

}  // namespace rw::fmt
