// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsubset.h"

#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace rw {
namespace {

/// Thrown inside the parser only; parse() turns it into a YamlResult. Unwinding keeps every
/// check a single line instead of an error flag tested after each call.
struct ParseError {
    int line = 0;
    QString message;
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

int indentOf(const QString &t)
{
    int i = 0;
    while (i < t.size() && t[i] == u' ')
        ++i;
    return i;
}

int skipBlanks(const QString &t, int i)
{
    while (i < t.size() && isBlank(t[i]))
        ++i;
    return i;
}

/// Nothing but blanks and perhaps a comment from `from` on. A comment needs a blank before it.
bool restIsComment(const QString &t, int from)
{
    const int i = skipBlanks(t, from);
    return i == t.size() || (t[i] == u'#' && i > from);
}

bool isDocMarker(const QString &t)
{
    return (t.startsWith(u"---") || t.startsWith(u"...")) && (t.size() == 3 || isBlank(t[3]));
}

bool isSequenceEntry(const QString &t, int col)
{
    return col < t.size() && t[col] == u'-' && (col + 1 == t.size() || isBlank(t[col + 1]));
}

/// Index just past the closing quote of the quoted scalar at `col`, or -1 if it does not close
/// on this line.
int quoteEnd(const QString &t, int col)
{
    const QChar quote = t[col];
    for (int i = col + 1; i < t.size(); ++i) {
        if (quote == u'"' && t[i] == u'\\')
            ++i;
        else if (t[i] == quote && quote == u'\'' && i + 1 < t.size() && t[i + 1] == u'\'')
            ++i;
        else if (t[i] == quote)
            return i + 1;
    }
    return -1;
}

/// The index of the ':' that ends a "key: value" starting at `col`, or -1 if the text there is
/// not a mapping entry.
int keyColon(const QString &t, int col)
{
    if (col >= t.size() || t[col] == u'[' || t[col] == u'{')
        return -1;
    if (t[col] == u'\'' || t[col] == u'"') {
        const int end = quoteEnd(t, col);
        if (end < 0)
            return -1;
        const int i = skipBlanks(t, end);
        return i < t.size() && t[i] == u':' && (i + 1 == t.size() || isBlank(t[i + 1])) ? i : -1;
    }
    for (int i = col; i < t.size(); ++i) {
        if (t[i] == u'#' && i > col && isBlank(t[i - 1]))
            return -1;
        if (t[i] == u':' && (i + 1 == t.size() || isBlank(t[i + 1])))
            return i;
    }
    return -1;
}

bool isNullWord(const QString &s)
{
    return s == u"~" || s == u"null" || s == u"Null" || s == u"NULL";
}

struct Quoted {
    QString text;
    int endLine = 0;
    int endCol = 0;  ///< just past the closing quote
};

class Parser {
public:
    explicit Parser(QStringList lines) : mLines(std::move(lines)) {}

    QVariant parseDocument()
    {
        if (!toContent())
            return {};
        const QVariant root = parseBlock(-1, 1, QString());
        if (toContent())
            fail(mPos, YamlSubset::tr("unexpected content; check the indentation"));
        return root;
    }

    QHash<QString, int> keyLines() const { return mKeyLines; }

private:
    [[noreturn]] static void fail(int index, const QString &message)
    {
        throw ParseError{index + 1, YamlSubset::tr("Line %1: %2").arg(index + 1).arg(message)};
    }

    static void checkDepth(int depth, int index)
    {
        if (depth > YamlSubset::kMaxDepth)
            fail(index, YamlSubset::tr("nesting is deeper than %1 levels").arg(YamlSubset::kMaxDepth));
    }

    /// Moves to the next line with content, skipping blank and comment lines and the document
    /// markers; false at the end of the text.
    bool toContent()
    {
        for (; mPos < mLines.size(); ++mPos) {
            const QString &t = mLines[mPos];
            const int i = skipBlanks(t, 0);
            if (i == t.size() || t[i] == u'#')
                continue;
            if (isDocMarker(t)) {
                const bool start = t.startsWith(u"---");
                if (mEnded || (start && mStarted))
                    fail(mPos, YamlSubset::tr("several documents in one file are not supported"));
                if (!restIsComment(t, 3))
                    fail(mPos, YamlSubset::tr("content on the line of a document marker is not supported"));
                mStarted = true;
                mEnded = !start;
                continue;
            }
            if (mEnded)
                fail(mPos, YamlSubset::tr("several documents in one file are not supported"));
            if (indentOf(t) < i)
                fail(mPos, YamlSubset::tr("tabs are not allowed for indentation"));
            mStarted = true;
            return true;
        }
        return false;
    }

    /// A block node whose first line is the current line, inside a parent indented by parentIndent.
    QVariant parseBlock(int parentIndent, int depth, const QString &path)
    {
        const QString &t = mLines[mPos];
        const int n = indentOf(t);
        if (isSequenceEntry(t, n))
            return parseSequence(n, depth, path);
        if (keyColon(t, n) >= 0)
            return parseMapping(n, depth, path);
        return parseValue(n, parentIndent);
    }

    QVariant parseMapping(int n, int depth, const QString &path)
    {
        checkDepth(depth, mPos);
        QVariantMap map;
        for (;;) {
            const int line = mPos;
            const QString t = mLines[line];
            if (isSequenceEntry(t, n))
                fail(line, YamlSubset::tr("a sequence entry (\"- \") where a key was expected"));
            const int colon = keyColon(t, n);
            if (colon < 0)
                fail(line, YamlSubset::tr("expected \"key: value\""));
            const QString key = parseKey(t, n, colon, line);
            if (map.contains(key))
                fail(line, YamlSubset::tr("duplicate key \"%1\"").arg(key));
            const QString keyPath = path.isEmpty() ? key : path + u'.' + key;
            mKeyLines.insert(keyPath, line + 1);

            QVariant value;
            const int col = skipBlanks(t, colon + 1);
            if (restIsComment(t, colon + 1)) {  // the value, if any, starts on a later line
                ++mPos;
                if (toContent()) {
                    const int m = indentOf(mLines[mPos]);
                    if (m > n)
                        value = parseBlock(n, depth + 1, keyPath);
                    else if (m == n && isSequenceEntry(mLines[mPos], n))  // "key:\n- item"
                        value = parseSequence(n, depth + 1, keyPath);
                }
            } else {
                value = parseValue(col, n);
            }
            map.insert(key, value);

            if (!toContent() || indentOf(mLines[mPos]) < n)
                return map;
            if (indentOf(mLines[mPos]) > n)
                fail(mPos, YamlSubset::tr("inconsistent indentation"));
        }
    }

    QVariant parseSequence(int n, int depth, const QString &path)
    {
        checkDepth(depth, mPos);
        QVariantList list;
        for (;;) {
            const int line = mPos;
            const QString t = mLines[line];
            if (!isSequenceEntry(t, n))  // a sequence written at its key's indentation ends here
                return list;
            const QString itemPath = path + u'[' + QString::number(list.size()) + u']';
            mKeyLines.insert(itemPath, line + 1);

            QVariant item;
            const int col = skipBlanks(t, n + 1);
            if (restIsComment(t, n + 1)) {
                ++mPos;
                if (toContent() && indentOf(mLines[mPos]) > n)
                    item = parseBlock(n, depth + 1, itemPath);
            } else if (isSequenceEntry(t, col) || keyColon(t, col) >= 0) {
                // "- key: value" or "- - item": blank out the dash, so that the line reads as
                // the first line of a block indented to where its content starts.
                mLines[line].replace(0, col, QString(col, u' '));
                item = parseBlock(n, depth + 1, itemPath);
            } else {
                item = parseValue(col, n);
            }
            list.append(item);

            if (!toContent() || indentOf(mLines[mPos]) < n)
                return list;
            if (indentOf(mLines[mPos]) > n)
                fail(mPos, YamlSubset::tr("inconsistent indentation"));
        }
    }

    QString parseKey(const QString &t, int col, int colon, int line)
    {
        if (t[col] == u'\'' || t[col] == u'"')
            return scanQuoted(line, col).text;
        checkPlainStart(t, col, line);
        const QString key = t.mid(col, colon - col).trimmed();
        if (key.isEmpty())
            fail(line, YamlSubset::tr("a key is empty"));
        return key;
    }

    /// Refuses what a plain scalar may not start with, naming the feature where there is one.
    static void checkPlainStart(const QString &t, int col, int line)
    {
        const QChar c = t[col];
        const bool spaceAfter = col + 1 == t.size() || isBlank(t[col + 1]);
        if (c == u'&')
            fail(line, YamlSubset::tr("anchors (&) are not supported"));
        if (c == u'*')
            fail(line, YamlSubset::tr("aliases (*) are not supported"));
        if (c == u'!')
            fail(line, YamlSubset::tr("tags (!) are not supported"));
        if (c == u'?' && spaceAfter)
            fail(line, YamlSubset::tr("complex keys (?) are not supported"));
        if (c == u'[' || c == u'{')
            fail(line, YamlSubset::tr("flow collections other than [] and {} are not supported"));
        if (QStringView(u"|>%@`,]}").contains(c) || (c == u':' && spaceAfter))
            fail(line, YamlSubset::tr("an unquoted value may not start with \"%1\"; quote it").arg(c));
    }

    /// A scalar or an empty flow collection starting at `col` of the current line; moves past it.
    QVariant parseValue(int col, int parentIndent)
    {
        const int line = mPos;
        const QString t = mLines[line];
        const QChar c = t[col];
        if (c == u'|' || c == u'>')
            return parseBlockScalar(col, parentIndent);
        if (c == u'\'' || c == u'"') {
            const Quoted q = scanQuoted(line, col);
            if (!restIsComment(mLines[q.endLine], q.endCol))
                fail(q.endLine, YamlSubset::tr("unexpected text after a quoted value"));
            mPos = q.endLine + 1;
            return q.text;
        }
        if (c == u'[' || c == u'{') {
            const int i = skipBlanks(t, col + 1);
            if (i < t.size() && t[i] == (c == u'[' ? u']' : u'}') && restIsComment(t, i + 1)) {
                ++mPos;
                return c == u'[' ? QVariant(QVariantList()) : QVariant(QVariantMap());
            }
        }
        if (isSequenceEntry(t, col))
            fail(line, YamlSubset::tr("a sequence may not start on the line of its key"));
        checkPlainStart(t, col, line);
        return parsePlain(col, parentIndent);
    }

    /// One line's part of a plain scalar; sets *comment when a comment ends it.
    static QString plainSegment(const QString &t, int from, int line, bool *comment)
    {
        int end = t.size();
        *comment = false;
        for (int i = from; i < t.size(); ++i) {
            if (t[i] == u'#' && i > from && isBlank(t[i - 1])) {
                end = i;
                *comment = true;
                break;
            }
            if (t[i] == u':' && (i + 1 == t.size() || isBlank(t[i + 1])))
                fail(line, YamlSubset::tr("\": \" inside an unquoted value; quote the value or check the indentation"));
        }
        int last = end;
        while (last > from && isBlank(t[last - 1]))
            --last;
        return t.mid(from, last - from);
    }

    /// A plain scalar, folded over the following lines that are indented deeper than its parent.
    QVariant parsePlain(int col, int parentIndent)
    {
        bool comment = false;
        QString out = plainSegment(mLines[mPos], col, mPos, &comment);
        ++mPos;
        int breaks = 0;
        for (int look = mPos; !comment && look < mLines.size(); ++look) {
            const QString &u = mLines[look];
            const int i = skipBlanks(u, 0);
            if (i == u.size()) {
                ++breaks;
                continue;
            }
            if (u[i] == u'#' || indentOf(u) <= parentIndent || isDocMarker(u))
                break;
            out += breaks ? QString(breaks, u'\n') : QStringLiteral(" ");
            out += plainSegment(u, i, look, &comment);
            breaks = 0;
            mPos = look + 1;
        }
        return isNullWord(out) ? QVariant() : QVariant(out);
    }

    /// A single- or double-quoted scalar starting at `col`, possibly over several lines.
    Quoted scanQuoted(int line, int col)
    {
        const bool dbl = mLines[line][col] == u'"';
        QString out;
        qsizetype keep = 0;  // length of `out` without trailing blanks, which a line break drops
        bool escapedBreak = false;
        int ln = line;
        int i = col + 1;
        for (;;) {
            const QString &t = mLines[ln];
            if (i >= t.size()) {  // a line break inside the value folds to a space or newlines
                if (!escapedBreak)
                    out.truncate(keep);
                int breaks = 0;
                for (;;) {
                    if (++ln >= mLines.size())
                        fail(line, YamlSubset::tr("a quoted value is not closed"));
                    if (isDocMarker(mLines[ln]))
                        fail(ln, YamlSubset::tr("a document marker inside a quoted value"));
                    i = skipBlanks(mLines[ln], 0);
                    if (i < mLines[ln].size())
                        break;
                    ++breaks;
                }
                if (breaks > 0)
                    out += QString(breaks, u'\n');
                else if (!escapedBreak)
                    out += u' ';
                keep = out.size();
                escapedBreak = false;
                continue;
            }
            const QChar c = t[i];
            if (!dbl && c == u'\'') {
                if (i + 1 < t.size() && t[i + 1] == u'\'') {
                    out += u'\'';
                    i += 2;
                    keep = out.size();
                    continue;
                }
                return {out, ln, i + 1};
            }
            if (dbl && c == u'"')
                return {out, ln, i + 1};
            if (dbl && c == u'\\') {
                if (i + 1 == t.size()) {
                    escapedBreak = true;
                    ++i;
                    continue;
                }
                i = decodeEscape(t, i, ln, &out);
                keep = out.size();
                continue;
            }
            out += c;
            ++i;
            if (!isBlank(c))
                keep = out.size();
        }
    }

    /// Decodes the escape at t[i] (a backslash, not the last character); returns the index after it.
    static int decodeEscape(const QString &t, int i, int line, QString *out)
    {
        const QChar e = t[i + 1];
        int digits = 0;
        switch (e.unicode()) {
        case u'\\': case u'"': case u'/': case u' ': case u'\t':
            *out += e;
            return i + 2;
        case u'n': *out += u'\n'; return i + 2;
        case u't': *out += u'\t'; return i + 2;
        case u'r': *out += u'\r'; return i + 2;
        case u'x': digits = 2; break;
        case u'u': digits = 4; break;
        case u'U': digits = 8; break;
        default:
            fail(line, YamlSubset::tr("unsupported escape \"\\%1\" in a double-quoted value").arg(e));
        }
        bool ok = i + 2 + digits <= t.size();
        char32_t code = 0;
        for (int k = i + 2; ok && k < i + 2 + digits; ++k) {
            const int digit = QStringView(u"0123456789abcdef").indexOf(t[k].toLower());
            ok = digit >= 0;
            code = code * 16 + char32_t(digit);
        }
        const bool control = code < 0x20 && code != u'\t' && code != u'\n' && code != u'\r';
        if (!ok || control || code == 0x7f || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            fail(line, YamlSubset::tr("invalid character escape in a double-quoted value"));
        *out += QString::fromUcs4(&code, 1);
        return i + 2 + digits;
    }

    /// A literal (|) or folded (>) block scalar; its header is at `col` of the current line.
    QVariant parseBlockScalar(int col, int parentIndent)
    {
        const int line = mPos;
        const QString t = mLines[line];
        const bool folded = t[col] == u'>';
        int chomp = 0;  // -1 strip, 0 clip, +1 keep
        int i = col + 1;
        for (; i < t.size() && !isBlank(t[i]); ++i) {
            if ((t[i] == u'-' || t[i] == u'+') && chomp == 0)
                chomp = t[i] == u'-' ? -1 : 1;
            else if (t[i].isDigit())
                fail(line, YamlSubset::tr("block scalar indentation indicators are not supported"));
            else
                fail(line, YamlSubset::tr("invalid block scalar header"));
        }
        if (!restIsComment(t, i))
            fail(line, YamlSubset::tr("invalid block scalar header"));

        QStringList lines;
        int contentIndent = -1;
        int leadingSpaces = 0;
        for (++mPos; mPos < mLines.size(); ++mPos) {
            const QString &u = mLines[mPos];
            const int ind = indentOf(u);
            if (ind == u.size()) {  // only spaces: empty, but spaces past the indentation are text
                lines << (contentIndent >= 0 && ind > contentIndent ? u.mid(contentIndent) : QString());
                leadingSpaces = std::max(leadingSpaces, contentIndent < 0 ? ind : 0);
                continue;
            }
            if (isDocMarker(u))
                break;
            if (contentIndent < 0) {
                if (ind <= std::max(parentIndent, 0))  // text at the top level is indented, too
                    break;
                if (ind < leadingSpaces)
                    fail(mPos, YamlSubset::tr("a block scalar's first lines hold more spaces than its indentation"));
                contentIndent = ind;
            }
            if (ind < contentIndent)
                break;
            lines << u.mid(contentIndent);
        }

        qsizetype last = lines.size();
        while (last > 0 && lines[last - 1].isEmpty())
            --last;
        const qsizetype trailing = lines.size() - last;
        QString out;
        if (!folded) {
            out = lines.mid(0, last).join(u'\n');
        } else {
            // Line breaks between two normal lines fold to a space; blank lines and lines that are
            // indented deeper (preformatted text) keep theirs.
            int breaks = 0;
            bool prevMore = false;
            for (qsizetype k = 0; k < last; ++k) {
                const QString &s = lines[k];
                if (s.isEmpty()) {
                    ++breaks;
                    continue;
                }
                const bool more = isBlank(s[0]);
                if (k == breaks)  // the first line with text
                    out += QString(breaks, u'\n');
                else if (more || prevMore)
                    out += QString(breaks + 1, u'\n');
                else
                    out += breaks ? QString(breaks, u'\n') : QStringLiteral(" ");
                out += s;
                breaks = 0;
                prevMore = more;
            }
        }
        if (last > 0 && chomp >= 0)
            out += u'\n';
        if (chomp > 0)
            out += QString(trailing, u'\n');
        return out;
    }

    QStringList mLines;
    int mPos = 0;  // index of the current line
    bool mStarted = false;  // content or "---" seen: a later "---" starts a second document
    bool mEnded = false;  // "..." seen: any later content is a second document
    QHash<QString, int> mKeyLines;
};

}  // namespace

YamlResult YamlSubset::parse(const QByteArray &text)
{
    YamlResult result;
    if (text.size() > kMaxBytes) {
        result.error = tr("The file is larger than %1 MiB.").arg(kMaxBytes / (1024 * 1024));
        return result;
    }

    // Decode line by line, so that an encoding error can name its line.
    QStringList lines;
    QStringDecoder decoder(QStringDecoder::Utf8);
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QString line = decoder.decode(QByteArrayView(text).sliced(start, end - start));
        const int number = int(lines.size()) + 1;
        if (decoder.hasError()) {
            result.error = tr("Line %1: the text is not valid UTF-8").arg(number);
            result.line = number;
            return result;
        }
        decoder.resetState();
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (lines.isEmpty() && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        for (const QChar c : std::as_const(line)) {
            if ((c < u' ' && c != u'\t') || c == QChar(0x7f)) {
                result.error = tr("Line %1: control characters are not allowed; is this a text file?").arg(number);
                result.line = number;
                return result;
            }
        }
        lines << line;
        start = end + 1;
    }

    try {
        Parser parser(std::move(lines));
        result.value = parser.parseDocument();
        result.lines = parser.keyLines();
        result.ok = true;
    } catch (const ParseError &e) {
        result.error = e.message;
        result.line = e.line;
    }
    return result;
}

}  // namespace rw
