// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrepeats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <vector>

namespace rw {

/// One pass; paths are only built for the member it reports.
QString repeatedJsonMemberPath(const QByteArray &json)
{
    struct Container {
        bool isObject = false;
        bool expectingName = true;
        int index = 0;  ///< of the array element being read
        QString name;  ///< of the member being read
        std::vector<QString> names;  ///< small objects: searched in order
        QSet<QString> manyNames;  ///< from the 17th member on
    };
    std::vector<Container> open;
    auto pathTo = [&](std::size_t depth) {
        QString path = QStringLiteral("$");
        for (std::size_t d = 0; d < depth; ++d)
            path += open[d].isObject ? QLatin1Char('.') + open[d].name : QStringLiteral("[%1]").arg(open[d].index);
        return path;
    };
    auto decode = [](const QByteArray &token, bool escaped) {
        return escaped ? QJsonDocument::fromJson("[" + token + "]").array().at(0).toString()
                       : QString::fromUtf8(token.constData() + 1, token.size() - 2);
    };
    constexpr std::size_t kLinear = 16;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json.at(i)) {
        case '"': {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            if (open.empty() || !open.back().isObject || !open.back().expectingName)
                break;
            Container &object = open.back();
            object.name = decode(QByteArray::fromRawData(json.constData() + start, i - start + 1), escaped);
            const bool repeated = object.names.size() < kLinear
                ? std::find(object.names.begin(), object.names.end(), object.name) != object.names.end()
                : object.manyNames.contains(object.name)
                    || std::find(object.names.begin(), object.names.end(), object.name) != object.names.end();
            if (repeated)
                return pathTo(open.size());
            if (object.names.size() < kLinear)
                object.names.push_back(object.name);
            else
                object.manyNames.insert(object.name);
            break;
        }
        case '{':
        case '[':
            open.emplace_back();
            open.back().isObject = json.at(i) == '{';
            break;
        case '}':
        case ']':
            open.pop_back();
            break;
        case ',':
            ++open.back().index;
            open.back().expectingName = true;
            break;
        case ':':
            open.back().expectingName = false;
            break;
        default:
            break;
        }
    }
    return {};
}

}  // namespace rw
