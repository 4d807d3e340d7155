#include "jsonrepeats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace rw {

QString repeatedJsonMemberPath(const QByteArray &json)
{
    struct Container {
        bool isObject;
        QString path;
        QSet<QString> names;
        QString name;  ///< of the member being read
        bool expectingName = true;
        int index = 0;  ///< of the array element being read
    };
    std::vector<Container> open;
    auto pathOfValue = [&]() {
        if (open.empty())
            return QStringLiteral("$");
        const Container &c = open.back();
        return c.isObject ? c.path + QLatin1Char('.') + c.name : QStringLiteral("%1[%2]").arg(c.path).arg(c.index);
    };
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
            const QByteArray token = json.mid(start, i - start + 1);
            const QString name = escaped ? QJsonDocument::fromJson("[" + token + "]").array().at(0).toString()
                                         : QString::fromUtf8(token.mid(1, token.size() - 2));
            Container &object = open.back();
            object.name = name;
            if (object.names.contains(name))
                return pathOfValue();
            object.names.insert(name);
            break;
        }
        case '{':
        case '[':
            open.push_back({ json.at(i) == '{', pathOfValue(), {}, {}, true, 0 });
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
