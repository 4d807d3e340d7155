// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares: a core application (translations, locale), and a way to stop with a
// finding that libFuzzer reports like a crash when a property that must hold does not.

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <cstdlib>

namespace rwfuzz {

inline void setUp()
{
    static int argc = 1;
    static char name[] = "rackwerk-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A refusal must be one line: a line break would let file content forge further output lines.
inline void requireOneLine(const QString &message)
{
    if (message.contains(QLatin1Char('\n')) || message.contains(QLatin1Char('\r'))) {
        std::fprintf(stderr, "refusal with a line break: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "property failed: %s\n", what);
        std::abort();
    }
}

}  // namespace rwfuzz

#define RW_FUZZ_INIT                                                                                                   \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                               \
    {                                                                                                                  \
        rwfuzz::setUp();                                                                                               \
        return 0;                                                                                                      \
    }
