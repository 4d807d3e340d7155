// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rw {

/// A message translated when it is shown, not when it is made: for results that outlive a change of
/// language (a projection's notes). The source is marked with QT_TRANSLATE_NOOP(context, ...).
class LaterText {
public:
    LaterText(const char *context, const char *source, QStringList args = {})
        : mContext(context), mSource(source), mArgs(std::move(args))
    {
    }
    /// In the language of the interface now, with the arguments in place of %1, %2, ...
    QString text() const;

private:
    const char *mContext;
    const char *mSource;
    QStringList mArgs;
};

}  // namespace rw
