// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rw {

/// Text fit for a one-line message: control characters (line breaks, tabs, escapes, NUL, C1 controls) and
/// the Unicode line and paragraph separators become visible escapes (\n, \t, \x1b, \u2028), and a text
/// longer than kMaxOneLineChars is cut there with an ellipsis. Applying it twice changes nothing more.
/// Values from files are echoed in refusals; a name with a line break must not split the message.
QString oneLine(const QString &text);

constexpr int kMaxOneLineChars = 1000;

}  // namespace rw
