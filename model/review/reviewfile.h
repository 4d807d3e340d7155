// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/jsonshape.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QString>

#include <map>
#include <vector>

namespace rw {

/// A tender-specific threshold the reviewer adds on top of the law.
struct TenderThreshold {
    QString key;  ///< stable, stored in the review file, e.g. "maxPue"
    double min = 0.0;  ///< allowed range of the value
    double max = 0.0;
    double suggested = 0.0;  ///< the value the tender dialog offers when a reviewer ticks the threshold
};

/// A ground on which a rule does not apply (EnEfG § 11(3), § 12(4)-(6)), recorded by the reviewer with the
/// evidence seen. It exempts every rule of the rule set that lists the exemption.
struct RecordedExemption {
    QString exemption;  ///< id of an exemption of the rule set: "enefg-11-3-heat-agreement"
    QString evidenceKind;  ///< what was seen: "agreement with the municipality"
    QString reference;  ///< its reference: file number, contract number
    QDate date;  ///< of the evidence

    bool operator==(const RecordedExemption &) const = default;
};

/// What a reviewer keeps about one submitted plan, stored next to it (NAME.rackwerk-review, JSON), so
/// that the bidder's plan file is never modified.
struct Review {
    QString planSha256;  ///< of the plan file the review was made for
    QString reviewer;
    QString tender;  ///< tender reference
    QString notes;
    std::map<QString, double> thresholds;  ///< key (see ReviewFile::thresholdKeys) -> value
    /// Obligations the plan cannot show and the reviewer has confirmed from other documents
    /// (e.g. "enefg-12-energy-management" -> ISO 50001 certificate seen).
    std::map<QString, QString> confirmations;  ///< rule id -> what the reviewer saw
    std::vector<RecordedExemption> exemptions;

    bool operator==(const Review &) const = default;
};

class ReviewFile {
    Q_DECLARE_TR_FUNCTIONS(rw::ReviewFile)
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    /// The thresholds a tender can set, with their allowed ranges.
    static const std::vector<TenderThreshold> &thresholdKeys();
    /// Every member of a review file with its type: fromBytes refuses members it does not name, and
    /// docs/schemas/review.schema.json is generated from it.
    static const JsonShape &shape();
    /// Translated name of a threshold key, with its unit.
    static QString thresholdName(const QString &key);

    /// NAME.rackwerk -> NAME.rackwerk-review in the same folder.
    static QString pathFor(const QString &planPath);

    static QByteArray toBytes(const Review &review);
    /// Reads a review from untrusted bytes; a bad file gives a translated reason and leaves review alone.
    static bool fromBytes(const QByteArray &bytes, Review *review, QString *error);
    static bool load(const QString &path, Review *review, QString *error);
    /// Writes atomically (a temporary file renamed over the old one).
    static bool save(const Review &review, const QString &path, QString *error);

private:
    static bool readExemptions(const QJsonValue &value, Review *review, QString *error);
};

}  // namespace rw
