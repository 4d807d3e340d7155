// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliancechecker.h"
#include "projectionsummaries.h"
#include "reviewfile.h"

#include "plan/plan.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <cmath>
#include <functional>
#include <limits>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace rw {

/// One cell of a report table: text, or a number that the PDF shows in the locale (1.234,5) and the
/// exports write as a number (CSV without thousands separators, XLSX as a numeric cell).
struct ReportCell {
    QString text;  ///< as the PDF shows it
    double number = std::numeric_limits<double>::quiet_NaN();
    int decimals = 0;

    ReportCell() = default;
    ReportCell(const QString &shown) : text(shown) {}
    /// A number with the given decimals; its unit belongs in the column's header.
    static ReportCell of(double value, int decimals = 1);
    bool isNumber() const { return !std::isnan(number); }
    operator QString() const { return text; }
};

/// One table of the report, also exported as CSV and XLSX.
struct ReportTable {
    QString key;  ///< stable, the CSV file name: "checks" -> checks.csv
    QString title;  ///< translated
    QStringList headers;  ///< with the unit of a column of numbers: "Rating (kW)"
    std::vector<std::vector<ReportCell>> rows;
};

/// A picture for the report (a floor plan, a projection chart).
struct ReportImage {
    QString caption;
    QImage image;
    /// Where set, the picture is drawn with a painter (vectors in the PDF) and image is its raster form.
    std::function<void(QPainter &, const QRectF &)> paint;
};

/// The reviewer's report on one submitted plan, in the current language and locale (Language::apply):
/// summary, floor plans, bill of materials, budgets, failure analysis, projections, compliance,
/// assumptions and sources. Names the plan file's SHA-256 and Rackwerk's version.
class ReviewReport {
    Q_DECLARE_TR_FUNCTIONS(rw::ReviewReport)
public:
    /// planPath names the submitted file (its SHA-256 goes into the report); empty for a plan without one.
    ReviewReport(const Plan &plan, const QString &planPath, const ProjectionInputs &projections, const Review &review,
        const RuleSet &rules = RuleSetLoader::bundled());

    /// Floor plan pictures come from the views layer (the model cannot draw the scene).
    void setFloorPlans(std::vector<ReportImage> images) { mFloorPlans = std::move(images); }

    const ComplianceReport &compliance() const { return mCompliance; }
    const std::vector<ReportTable> &tables() const { return mTables; }
    /// The charts drawn from the projections that are present.
    std::vector<ReportImage> charts() const;
    QString html() const;

    /// Writes the report as PDF/A-1b (for archiving: fonts embedded, no transparency), charts as vectors.
    bool writePdf(const QString &path, QString *error) const;
    /// The report laid out on the pages of `device` (what writePdf prints): words never broken inside,
    /// tables' header rows repeated on each page, headings kept on the page of what they head.
    void layOut(QTextDocument *document, QPagedPaintDevice *device) const;
    /// Moves each heading that would end a page to the next one (document laid out with a page size).
    static void keepHeadingsWithNext(QTextDocument *document);
    /// Writes every table as DIR/KEY.csv (UTF-8, RFC 4180 quoting, see TableExport::csv): numbers plain
    /// in the current locale, text that a spreadsheet would run as a formula neutralised.
    bool writeCsv(const QString &directory, QStringList *written, QString *error) const;
    /// Writes every table as a sheet of one XLSX workbook (TableExport::writeXlsx).
    bool writeXlsx(const QString &path, QString *error) const;
    static QString csv(const ReportTable &table);
    /// "," where the locale's decimal mark is a point, ";" where it is a comma (German).
    static QChar csvSeparator();

    /// SHA-256 of a file, lowercase hex; empty with a translated reason when it cannot be read.
    static QString sha256OfFile(const QString &path, QString *error);

private:
    void buildTables();
    /// The liquid chapter: each coolant loop's budget and the worst single failure, when the plan has loops.
    void addLiquidCooling();
    void addCoolingSweep();
    const ReportTable *table(const QString &key) const;

    const Plan &mPlan;
    QString mPlanPath;
    ProjectionInputs mProjections;
    Review mReview;
    ComplianceReport mCompliance;
    std::vector<ReportTable> mTables;
    std::vector<ReportImage> mFloorPlans;
    QString mSha256;
    QString mCreated;
    QString mAvailabilityReason;
};

}  // namespace rw
