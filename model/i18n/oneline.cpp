// SPDX-License-Identifier: GPL-3.0-or-later
#include "oneline.h"

namespace rw {

QString oneLine(const QString &text)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), kMaxOneLineChars) + 8);
    for (const QChar c : text) {
        if (out.size() >= kMaxOneLineChars) {
            out += QChar(0x2026);  // ...
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(unsigned(u), 2, 16, QLatin1Char('0'));
        else if (u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(unsigned(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

}  // namespace rw
