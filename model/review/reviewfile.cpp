// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfile.h"

#include "i18n/oneline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace rw {

namespace {
const QLatin1String kFormat("rackwerk-review");
constexpr int kVersion = 1;
constexpr int kMaxText = 100000;
}  // namespace

const std::vector<TenderThreshold> &ReviewFile::thresholdKeys()
{
    static const std::vector<TenderThreshold> keys {
        // maxPue offers EnEfG § 11(2)'s limit for new sites; the shares and headroom start at none.
        { QStringLiteral("maxPue"), 1.0, 5.0, 1.2 },
        { QStringLiteral("minEnergyReuseShare"), 0.0, 1.0, 0.0 },
        { QStringLiteral("minRenewableShare"), 0.0, 1.0, 0.0 },
        { QStringLiteral("minAvailabilityClass"), 1.0, 4.0, 1.0 },
        { QStringLiteral("maxInletTempC"), 10.0, 60.0, 10.0 },
        { QStringLiteral("minPowerHeadroomShare"), 0.0, 1.0, 0.0 },
        { QStringLiteral("minCoolingHeadroomShare"), 0.0, 1.0, 0.0 },
    };
    return keys;
}

const JsonShape &ReviewFile::shape()
{
    static const JsonShape shape = [] {
        std::vector<JsonMember> thresholds;
        for (const TenderThreshold &t : thresholdKeys())
            thresholds.push_back({ t.key, false, JsonShape::number(t.min, t.max) });
        const JsonShape text = JsonShape::string(kMaxText);
        JsonShape date = JsonShape::string();
        date.pattern = QStringLiteral("\\d{4}-\\d{2}-\\d{2}");
        JsonShape exemptionId = JsonShape::string(80);
        JsonShape hash = JsonShape::string();
        hash.pattern = QStringLiteral("([0-9a-f]{64})?");
        return JsonShape::object(
            {
                required("format", JsonShape::choice({ QString(kFormat) })),
                required("version", JsonShape::integer(kVersion, kVersion)),
                optional("planSha256", hash),
                optional("reviewer", text),
                optional("tender", text),
                optional("notes", text),
                optional("thresholds", JsonShape::object(thresholds)),
                optional(
                    "confirmations", JsonShape::map(text, QStringLiteral("check id: what the reviewer confirmed"))),
                optional("exemptions",
                    JsonShape::array(
                        JsonShape::object({ required("exemption", exemptionId), required("evidenceKind", text),
                            required("reference", text), required("date", date) }),
                        0, 100)),
            },
            QStringLiteral("A reviewer's notes, tender thresholds, confirmations and recorded exemptions for one "
                           "plan (NAME.rackwerk-review)"));
    }();
    return shape;
}

QString ReviewFile::thresholdName(const QString &key)
{
    if (key == QLatin1String("maxPue"))
        return tr("Maximum annual PUE");
    if (key == QLatin1String("minEnergyReuseShare"))
        return tr("Minimum energy reuse factor (0-1)");
    if (key == QLatin1String("minRenewableShare"))
        return tr("Minimum renewable electricity share (0-1)");
    if (key == QLatin1String("minAvailabilityClass"))
        return tr("Minimum EN 50600 availability class");
    if (key == QLatin1String("maxInletTempC"))
        return tr("Maximum rack inlet temperature (°C)");
    if (key == QLatin1String("minPowerHeadroomShare"))
        return tr("Minimum power headroom after the worst failure (0-1)");
    if (key == QLatin1String("minCoolingHeadroomShare"))
        return tr("Minimum cooling headroom after redundancy (0-1)");
    return key;
}

QString ReviewFile::pathFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rackwerk-review"));
}

QByteArray ReviewFile::toBytes(const Review &review)
{
    QJsonObject thresholds;
    for (const auto &[key, value] : review.thresholds)
        thresholds.insert(key, value);
    QJsonObject confirmations;
    for (const auto &[key, value] : review.confirmations)
        confirmations.insert(key, value);
    QJsonArray exemptions;
    for (const RecordedExemption &e : review.exemptions)
        exemptions.append(QJsonObject { { QStringLiteral("exemption"), e.exemption },
            { QStringLiteral("evidenceKind"), e.evidenceKind }, { QStringLiteral("reference"), e.reference },
            { QStringLiteral("date"), e.date.toString(Qt::ISODate) } });
    QJsonObject root { { QStringLiteral("format"), kFormat }, { QStringLiteral("version"), kVersion },
        { QStringLiteral("planSha256"), review.planSha256 }, { QStringLiteral("reviewer"), review.reviewer },
        { QStringLiteral("tender"), review.tender }, { QStringLiteral("notes"), review.notes },
        { QStringLiteral("thresholds"), thresholds }, { QStringLiteral("confirmations"), confirmations } };
    if (!exemptions.isEmpty())  // older Rackwerk refuses the entry: write it only when there is one
        root.insert(QStringLiteral("exemptions"), exemptions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ReviewFile::readExemptions(const QJsonValue &value, Review *review, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray() || value.toArray().size() > 100) {
        *error = tr("\"exemptions\" in the review file must be a list of at most 100 entries.");
        return false;
    }
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        RecordedExemption e;
        e.exemption = o.value(QLatin1String("exemption")).toString();
        e.evidenceKind = o.value(QLatin1String("evidenceKind")).toString();
        e.reference = o.value(QLatin1String("reference")).toString();
        const QString date = o.value(QLatin1String("date")).toString();
        e.date = QDate::fromString(date, Qt::ISODate);
        const bool onlyKnown = o.keys()
            == QStringList { QStringLiteral("date"), QStringLiteral("evidenceKind"), QStringLiteral("exemption"),
                   QStringLiteral("reference") };
        const bool texts = !e.exemption.trimmed().isEmpty() && e.exemption.size() <= 80
            && !e.evidenceKind.trimmed().isEmpty() && e.evidenceKind.size() <= kMaxText
            && !e.reference.trimmed().isEmpty() && e.reference.size() <= kMaxText;
        if (!list.at(i).isObject() || !onlyKnown || !texts || !isoDate.match(date).hasMatch() || !e.date.isValid()) {
            *error = tr("Exemption %L1 in the review file needs exactly \"exemption\", \"evidenceKind\", "
                        "\"reference\" (texts) and \"date\" (YYYY-MM-DD).")
                         .arg(i + 1);
            return false;
        }
        review->exemptions.push_back(e);
    }
    return true;
}

bool ReviewFile::fromBytes(const QByteArray &bytes, Review *review, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        *error = tr("The review file is larger than %1 bytes.").arg(kMaxBytes);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = tr("The review file is not valid JSON: %1 (at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat) {
        *error = tr("The file is not a Rackwerk review.");
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != kVersion) {
        *error = tr("The review file has version %1; this Rackwerk reads version %2.")
                     .arg(version.toVariant().toString())
                     .arg(kVersion);
        return false;
    }
    Review r;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const auto &members = shape().members;
        if (std::none_of(members.begin(), members.end(), [&](const JsonMember &m) { return m.name == it.key(); })) {
            *error = tr("The review file has an unknown entry \"%1\".").arg(oneLine(it.key().left(80)));
            return false;
        }
    }
    struct TextField {
        const char *key;
        QString *target;
    } texts[] = { { "planSha256", &r.planSha256 }, { "reviewer", &r.reviewer }, { "tender", &r.tender },
        { "notes", &r.notes } };
    for (const auto &t : texts) {
        const QJsonValue value = root.value(QLatin1String(t.key));
        if (value.isUndefined())
            continue;
        if (!value.isString() || value.toString().size() > kMaxText) {
            *error = tr("\"%1\" in the review file must be a text of at most %2 characters.")
                         .arg(QLatin1String(t.key))
                         .arg(kMaxText);
            return false;
        }
        *t.target = value.toString();
    }
    static const QRegularExpression hex(QStringLiteral("^([0-9a-f]{64})?$"));
    if (!hex.match(r.planSha256).hasMatch()) {
        *error = tr("\"planSha256\" in the review file is not a SHA-256 hash.");
        return false;
    }
    const QJsonValue thresholds = root.value(QLatin1String("thresholds"));
    if (!thresholds.isUndefined() && !thresholds.isObject()) {
        *error = tr("\"thresholds\" in the review file must be an object.");
        return false;
    }
    const QJsonObject thresholdObject = thresholds.toObject();
    for (auto it = thresholdObject.begin(); it != thresholdObject.end(); ++it) {
        const auto &keys = thresholdKeys();
        const auto known = std::find_if(keys.begin(), keys.end(), [&](const auto &k) { return k.key == it.key(); });
        if (known == keys.end()) {
            *error = tr("The review file names an unknown threshold \"%1\".").arg(oneLine(it.key().left(80)));
            return false;
        }
        const double value = it.value().toDouble(std::nan(""));
        if (!it.value().isDouble() || !std::isfinite(value) || value < known->min || value > known->max) {
            *error = tr("Threshold \"%1\" in the review file must be a number from %2 to %3.")
                         .arg(oneLine(it.key()), QLocale().toString(known->min), QLocale().toString(known->max));
            return false;
        }
        r.thresholds[it.key()] = value;
    }
    const QJsonValue confirmations = root.value(QLatin1String("confirmations"));
    if (!confirmations.isUndefined() && !confirmations.isObject()) {
        *error = tr("\"confirmations\" in the review file must be an object.");
        return false;
    }
    const QJsonObject confirmationObject = confirmations.toObject();
    for (auto it = confirmationObject.begin(); it != confirmationObject.end(); ++it) {
        if (!it.value().isString() || it.value().toString().size() > kMaxText || it.key().size() > 200) {
            *error = tr("Confirmation \"%1\" in the review file must be a text.").arg(oneLine(it.key().left(80)));
            return false;
        }
        r.confirmations[it.key()] = it.value().toString();
    }
    if (!readExemptions(root.value(QLatin1String("exemptions")), &r, error))
        return false;
    // Whatever the schema in docs/schemas/ refuses, the reader refuses too.
    if (const QString why = JsonShapeCheck::check(root, shape()); !why.isEmpty()) {
        *error = tr("The review file is not valid: %1").arg(why);
        return false;
    }
    *review = r;
    return true;
}

bool ReviewFile::load(const QString &path, Review *review, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the review %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), file.errorString());
        return false;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("The review file is larger than %1 bytes.").arg(kMaxBytes);
        return false;
    }
    QString why;
    if (!fromBytes(file.readAll(), review, &why)) {
        *error = oneLine(tr("Cannot open the review %1: %2").arg(path, why));
        return false;
    }
    return true;
}

bool ReviewFile::save(const Review &review, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes(review)) < 0 || !file.commit()) {
        *error = tr("Cannot write the review %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace rw
