// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace rw {

/// Qt's parser keeps only the last of members with the same name, so {"maxPowerKw": 60, "maxPowerKw": 6}
/// would read as 6 without a word. Returns the path ("$.site.name") of the first repeated member of a valid
/// JSON text, or an empty string. Readers of untrusted JSON refuse such a text.
QString repeatedJsonMemberPath(const QByteArray &json);

}  // namespace rw
