// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

namespace rw {

struct YamlResult {
    bool ok = false;
    /// QVariantMap, QVariantList or QString; a null QVariant for an empty document and for null
    /// values (nothing after the colon, or plain null / ~). Scalars stay text: the caller converts.
    QVariant value;
    QString error;  ///< translated, starts with the line
    int line = 0;  ///< 1-based line of the error
    /// The line of every mapping key and sequence entry, by path: "power-ports[2].maximum_draw".
    /// Lets callers name the line of a value that parses but does not make sense.
    QHash<QString, int> lines;
};

/// A strict parser for the part of YAML that hand-written data files use: block mappings and
/// sequences, plain and quoted scalars (also over several lines), literal and folded block
/// scalars, comments, empty flow collections ([] and {}) and one optional leading "---".
/// Anything else (anchors, aliases, tags, non-empty flow collections, several documents, tabs
/// in indentation, duplicate keys) is refused with an error naming the line, as are files over
/// 1 MiB, text that is not UTF-8 and nesting deeper than 32 levels: the input is untrusted.
class YamlSubset {
    Q_DECLARE_TR_FUNCTIONS(rw::YamlSubset)
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    static constexpr int kMaxDepth = 32;

    static YamlResult parse(const QByteArray &text);
};

}  // namespace rw
