// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewreport.h"

#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"
#include "analysis/liquidbudget.h"
#include "analysis/liquidpowerfailures.h"
#include "buildinfo/buildinfo.h"
#include "catalogue/catalogue.h"
#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "plan/plansummary.h"
#include "reportcharts.h"
#include "tableexport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <map>

namespace rw {

namespace {

QString num(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QString integer(qint64 value)
{
    return QLocale().toString(value);
}

/// Text as HTML; a number keeps its unit on its line ("50,0 %", "1.234,7 kW"), as DIN 5008 asks.
QString escaped(const QString &text)
{
    static const QRegularExpression numberUnit(
        QStringLiteral("(\\d) (?=(%|°C|kW|MW|MWh|kVA|kg/m²|kg|m|s|K|t|U|HE|l/kWh|W|h)(?![A-Za-z0-9äöüÄÖÜß]))"));
    QString html = text.toHtmlEscaped();
    html.replace(numberUnit, QStringLiteral("\\1&nbsp;"));
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

ReportCell number(double value, int decimals = 1)
{
    return ReportCell::of(value, decimals);
}

ReportCell whole(qint64 value)
{
    return ReportCell::of(double(value), 0);
}

/// A chart of the report: drawn as vectors in the PDF, with a picture of it for other uses.
ReportImage chartImage(const QString &caption, const BarChart &chart)
{
    return { caption, chart.image(), [chart](QPainter &painter, const QRectF &area) { chart.paint(painter, area); } };
}

/// Rackwerk's version and the commit it was built from, as the report names them.
QString versionLine()
{
    return QString::fromLatin1(buildinfo::versionLine());
}

}  // namespace

ReportCell ReportCell::of(double value, int decimals)
{
    ReportCell cell(QLocale().toString(value, 'f', decimals));
    cell.number = value;
    cell.decimals = decimals;
    return cell;
}

ReviewReport::ReviewReport(const Plan &plan, const QString &planPath, const ProjectionInputs &projections,
    const Review &review, const RuleSet &rules)
    : mPlan(plan), mPlanPath(planPath), mProjections(projections), mReview(review),
      mCompliance(ComplianceChecker::run(plan, projections, review, rules)),
      mCreated(DateText::of(QDateTime::currentDateTime()))
{
    if (!planPath.isEmpty()) {
        QString ignored;  // an unreadable file is reported in the summary as "no file"
        mSha256 = sha256OfFile(planPath, &ignored);
    }
    buildTables();
}

QString ReviewReport::sha256OfFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

void ReviewReport::buildTables()
{
    const Site &site = mPlan.site();
    const PlanSummary s = summarize(mPlan);
    const PowerAnalysis power = PowerAnalyzer::analyze(mPlan);
    mAvailabilityReason = power.availability.reason;
    const CoolingBudget cooling = CoolingBudgeter::compute(mPlan);
    auto nodeName = [&](Id id) {
        const PowerNode *n = mPlan.find<PowerNode>(id);
        return n ? n->name : QString();
    };

    ReportTable summary { QStringLiteral("summary"), tr("Summary"), { tr("Item"), tr("Value") }, {} };
    summary.rows = {
        { tr("Site"), site.name },
        { tr("Location"), site.location },
        { tr("Operator"), site.operatorName },
        { tr("Start of operation"),
            site.startOfOperation.isValid() ? DateText::of(site.startOfOperation) : tr("not declared") },
        { tr("Plan file"), mPlanPath.isEmpty() ? tr("none (plan not from a file)") : QFileInfo(mPlanPath).fileName() },
        { tr("SHA-256 of the plan file"), mSha256.isEmpty() ? tr("not available") : mSha256 },
        { tr("Rackwerk version"), versionLine() },
        { tr("Rule set"),
            tr("%1, version %2 of %3")
                .arg(mCompliance.ruleSetId, mCompliance.ruleSetVersion, DateText::of(mCompliance.ruleSetDate)) },
        { tr("Report created"), mCreated },
        { tr("Tender"), mReview.tender },
        { tr("Reviewer"), mReview.reviewer },
        { tr("Halls / rows / racks"),
            tr("%1 / %2 / %3").arg(integer(s.hallCount), integer(s.rowCount), integer(s.rackCount)) },
        { tr("Devices / GPUs"), tr("%1 / %2").arg(integer(s.deviceCount), integer(s.gpuCount)) },
        { tr("IT power, nameplate (kW)"), number(s.nameplateItKw) },
        { tr("IT power, typical (kW)"), number(s.typicalItKw) },
        { tr("Declared availability class"),
            site.declaredAvailabilityClass ? whole(*site.declaredAvailabilityClass) : ReportCell(tr("not declared")) },
        { tr("Availability class the power chain supports"),
            power.availability.supportedClass > 0 ? whole(power.availability.supportedClass)
                                                  : ReportCell(tr("not assessable")) },
        { tr("Checks passed / failed / not assessable / not applicable"),
            tr("%1 / %2 / %3 / %4")
                .arg(integer(mCompliance.count(CheckStatus::Pass)), integer(mCompliance.count(CheckStatus::Fail)),
                    integer(mCompliance.count(CheckStatus::NotAssessable)),
                    integer(mCompliance.count(CheckStatus::NotApplicable))) },
        { tr("Checks exempt (exemption recorded by the reviewer)"), whole(mCompliance.count(CheckStatus::Exempt)) },
        { tr("Rule set applied"), mCompliance.ruleSetText },
    };
    for (const QString &law : mCompliance.laws)
        summary.rows.push_back({ tr("Law applied"), law });
    for (const QString &context : mCompliance.context)
        summary.rows.push_back({ tr("Legal context"), context });
    mTables.push_back(summary);

    ReportTable bom { QStringLiteral("bill-of-materials"), tr("Bill of materials"),
        { tr("Group"), tr("Item", "bill of materials"), tr("Quantity"), tr("GPUs"), tr("Rating (kW)") }, {} };
    for (const auto &[key, count] : s.systemsByType) {
        const DeviceType *type = mPlan.find<DeviceType>(key);
        const QString item
            = type ? QStringLiteral("%1 %2").arg(type->manufacturer, Catalogue::modelText(*type)).trimmed() : key;
        // A device's rating is its maximum power, a rack's its power budget.
        bom.rows.push_back({ type ? Labels::of(type->category) : tr("Device"), item, whole(count),
            type ? whole(qint64(type->gpuCount) * count) : ReportCell(),
            type ? number(type->maxPowerW / 1000.0, 2) : ReportCell() });
    }
    std::map<std::pair<int, double>, int> racks;  // (height U, budget kW) -> count
    for (const auto &[id, rack] : mPlan.all<Rack>())
        ++racks[{ rack.heightU, rack.maxPowerKw }];
    for (const auto &[shape, count] : racks)
        bom.rows.push_back(
            { tr("Rack"), tr("%1U rack").arg(shape.first), whole(count), ReportCell(), number(shape.second) });
    std::map<std::pair<PowerNodeKind, double>, int> nodes;
    for (const auto &[id, node] : mPlan.all<PowerNode>())
        ++nodes[{ node.kind, node.ratingKw }];
    for (const auto &[shape, count] : nodes)
        bom.rows.push_back({ tr("Power"), Labels::of(shape.first), whole(count), ReportCell(),
            shape.second > 0 ? number(shape.second) : ReportCell(tr("not rated")) });
    std::map<std::pair<CoolingKind, double>, int> units;
    for (const auto &[id, unit] : mPlan.all<CoolingUnit>())
        ++units[{ unit.kind, unit.capacityKw }];
    for (const auto &[shape, count] : units)
        bom.rows.push_back(
            { tr("Cooling"), Labels::of(shape.first), whole(count), ReportCell(), number(shape.second) });
    mTables.push_back(bom);

    ReportTable powerTable { QStringLiteral("power-budget"), tr("Power budget"),
        { tr("Node"), tr("Kind"), tr("Rating (kW)"), tr("Design (kW)"), tr("Expected (kW)"), tr("Worst case (kW)"),
            tr("Headroom (kW)"), tr("Worst failure") },
        {} };
    for (const NodeBudget &b : power.budgets) {
        const PowerNode *node = mPlan.find<PowerNode>(b.nodeId);
        if (!node)
            continue;
        powerTable.rows.push_back({ node->name, Labels::of(node->kind),
            b.ratingKw > 0 ? number(b.ratingKw) : ReportCell(tr("not rated")), number(b.designKw), number(b.expectedKw),
            number(b.worstKw), b.ratingKw > 0 ? number(b.headroomKw()) : ReportCell(),
            b.worstFailure == kNoId ? tr("normal operation") : nodeName(b.worstFailure) });
    }
    mTables.push_back(powerTable);

    ReportTable coolingTable { QStringLiteral("cooling-budget"), tr("Cooling budget"),
        { tr("Area"), tr("Duty"), tr("Load (kW)"), tr("Installed (kW)"), tr("After redundancy (kW)"),
            tr("Meets redundancy") },
        {} };
    auto duty = [&](const QString &area, const QString &name, const CoolingDuty &d) {
        if (d.loadKw <= 0 && d.installedKw <= 0)
            return;
        coolingTable.rows.push_back({ area, name, number(d.loadKw), number(d.installedKw), number(d.redundantKw),
            d.meetsRedundancy() ? tr("yes") : tr("no") });
    };
    for (const CoolingArea &area : cooling.halls) {
        const Hall *hall = mPlan.find<Hall>(area.hallId);
        duty(hall ? hall->name : QString(), tr("Air"), area.airHeat);
        duty(hall ? hall->name : QString(), tr("Liquid"), area.liquidHeat);
    }
    const HeatRejection &rejection = cooling.heatRejection;
    if (rejection.units > 0)
        coolingTable.rows.push_back({ tr("Site"), tr("Heat rejection"), number(rejection.heatKw),
            number(rejection.installedKw), number(rejection.redundantKw),
            rejection.redundantKw + 1e-9 >= rejection.heatKw ? tr("yes") : tr("no") });
    mTables.push_back(coolingTable);

    ReportTable failures { QStringLiteral("failure-analysis"), tr("Failure analysis (each power node failed in turn)"),
        { tr("Failed node"), tr("Racks without power"), tr("Racks on too few supplies"), tr("Overloaded nodes"),
            tr("Unserved load (kW)"), tr("Cooling units stopped") },
        {} };
    for (const PowerState &state : power.contingencies) {
        if (state.servesAll() && state.loads.stoppedCoolingUnits.empty())
            continue;  // only the failures that matter: a hall of 2N nodes would list hundreds
        QStringList failed;
        for (Id id : state.failedNodes)
            failed << nodeName(id);
        failures.rows.push_back({ failed.join(QStringLiteral(", ")), whole(qint64(state.racksLost.size())),
            whole(qint64(state.racksLimited.size())), whole(qint64(state.overloads.size())), number(state.unservedKw),
            whole(qint64(state.loads.stoppedCoolingUnits.size())) });
    }
    mTables.push_back(failures);

    ReportTable projections { QStringLiteral("projections"), tr("Projections"), { tr("Projection"), tr("Result") },
        {} };
    if (mProjections.thermal) {
        double highest = 0;
        for (const auto &[id, inlet] : mProjections.thermal->maxInletCByRack)
            highest = std::max(highest, inlet);
        projections.rows.push_back({ tr("Thermal"),
            tr("highest rack inlet %1 °C (%2, engine %3)")
                .arg(num(highest), mProjections.thermal->scenario(), mProjections.thermal->engine.toUpper()) });
    } else {
        projections.rows.push_back({ tr("Thermal"), tr("No thermal projection has been run.") });
    }
    if (mProjections.energy) {
        const EnergySummary &e = *mProjections.energy;
        QString energy
            = tr("annual PUE P50 %1, P95 %2 (%L3 trials, engine %4)")
                  .arg(num(e.annualPueP50, 3), num(e.annualPueP95, 3), integer(e.samples), e.engine.toUpper());
        if (e.wueLitrePerKWh)
            energy += tr("; WUE %1 l/kWh (the coolant loops' cooling towers through the weather year)")
                          .arg(num(*e.wueLitrePerKWh, 3));
        if (e.reuseFromLoops)
            energy += tr("; reuse from the coolant loops' heat-reuse stages");
        projections.rows.push_back({ tr("Energy"), energy });
    } else {
        projections.rows.push_back({ tr("Energy"),
            tr("No energy projection has been run: PUE, ERF and REF are the "
               "bidder's declared values.") });
    }
    if (mProjections.coolingSweep) {
        const CoolingSweepSummary &sweep = *mProjections.coolingSweep;
        projections.rows.push_back({ tr("Cooling failure sweep"),
            tr("%L1 of %L2 runs finished, %L3 failed (engine %4)")
                .arg(sweep.finished)
                .arg(sweep.runs)
                .arg(sweep.failed)
                .arg(sweep.engine.toUpper()) });
    } else {
        projections.rows.push_back({ tr("Cooling failure sweep"), tr("No cooling failure sweep has been run.") });
    }
    mTables.push_back(projections);

    ReportTable checks { QStringLiteral("compliance"), tr("Compliance"),
        { tr("Rule"), tr("Result"), tr("Basis"), tr("Value"), tr("Limit"), tr("Details"), tr("Source"),
            tr("In force from") },
        {} };
    for (const CheckResult &r : mCompliance.results)
        checks.rows.push_back(
            { r.title, ComplianceChecker::statusName(r.status), ComplianceChecker::basisName(r.basis), r.valueText,
                r.limitText, r.detail, r.source, r.validFrom.isValid() ? DateText::of(r.validFrom) : QString() });
    mTables.push_back(checks);

    addLiquidCooling();
    addCoolingSweep();

    ReportTable sources { QStringLiteral("sources"), tr("Catalogue sources"), { tr("Device type"), tr("Source") }, {} };
    for (const auto &[key, type] : mPlan.all<DeviceType>())
        if (s.systemsByType.count(key))
            sources.rows.push_back(
                { QStringLiteral("%1 %2").arg(type.manufacturer, Catalogue::modelText(type)).trimmed(),
                    type.source.isEmpty() ? tr("not stated") : Catalogue::sourceText(type) });
    mTables.push_back(sources);
}

void ReviewReport::addLiquidCooling()
{
    // Only plans with coolant loops get the chapter; the steady state and every single failure are solved.
    if (mPlan.all<CoolantLoop>().empty())
        return;
    ReportTable liquid { QStringLiteral("liquid-cooling"), tr("Liquid cooling"),
        { tr("Coolant loop"), tr("Heat (kW)"), tr("Capacity (kW)"), tr("Flow (L/min)"), tr("Flow needed (L/min)"),
            tr("Pumps N+1"), tr("Worst single failure") },
        {} };
    PlanLiquidCase built;
    QString error;
    if (!LiquidCaseBuilder::build(mPlan, &built, &error)) {
        liquid.rows.push_back({ error, {}, {}, {}, {}, {}, {} });
        mTables.push_back(liquid);
        return;
    }
    built.liquidCase.chainFailures = LiquidPowerFailures::of(mPlan, built);
    const LiquidAnalysis::Result result = LiquidAnalysis::run(built.liquidCase);
    if (!result.ok) {
        liquid.rows.push_back({ result.error, {}, {}, {}, {}, {}, {} });
        mTables.push_back(liquid);
        return;
    }
    // The failure that brings a rack to a limit soonest, in words; the same for every loop (failures reach across
    // loops through the facility water).
    QString worst = tr("no rack reaches a limit within %1 s").arg(num(engine::liquid::TransientOptions().horizonS, 0));
    double soonest = INFINITY;
    for (std::size_t f = 0; f < result.failures.size(); ++f) {
        for (const engine::liquid::RackOutcome &o : result.failures[f].racks) {
            if (o.secondsToLimit < soonest) {
                soonest = o.secondsToLimit;
                worst = tr("%1: first rack limit after %2 s").arg(result.failureIds[f], num(soonest));
            }
        }
    }
    for (const LoopBudget &b : LiquidBudget::compute(built, result)) {
        liquid.rows.push_back({ b.loop, number(b.heatKw, 0), number(b.capacityKw, 0), number(b.flowLPerMin, 0),
            b.facility ? ReportCell() : number(b.neededFlowLPerMin, 0), b.pumpRedundant ? tr("yes") : tr("no"),
            worst });
    }
    for (const QString &finding : result.findings)
        liquid.rows.push_back({ finding, {}, {}, {}, {}, {}, {} });
    mTables.push_back(liquid);
}

void ReviewReport::addCoolingSweep()
{
    // Per hall the worst cooling failure of a merged sweep (CoolingSweep::merge): the one after which the first
    // rack inlet leaves the allowable range soonest.
    if (!mProjections.coolingSweep)
        return;
    ReportTable sweep { QStringLiteral("cooling-failure-sweep"), tr("Cooling failure sweep (worst failure per hall)"),
        { tr("Hall"), tr("Worst cooling failure"), tr("First rack outside the allowable range"), tr("After (s)"),
            tr("Simulated (s)"), tr("Racks outside in the steady state"), tr("Runs finished"), tr("Runs failed") },
        {} };
    for (const CoolingSweepHall &hall : mProjections.coolingSweep->halls) {
        const bool exceeds = hall.firstExceedanceS >= 0;
        sweep.rows.push_back({ hall.hall,
            hall.worstFailure.isEmpty() ? ReportCell(tr("no failure run finished")) : ReportCell(hall.worstFailure),
            exceeds ? ReportCell(hall.firstRack) : ReportCell(tr("none")),
            exceeds ? number(hall.firstExceedanceS, 0) : ReportCell(), number(hall.simulatedSeconds, 0),
            hall.steadyRacksOutsideAllowable >= 0 ? whole(hall.steadyRacksOutsideAllowable)
                                                  : ReportCell(tr("not finished")),
            tr("%L1 of %L2").arg(hall.finished).arg(hall.runs), whole(hall.failed) });
    }
    mTables.push_back(sweep);
}

const ReportTable *ReviewReport::table(const QString &key) const
{
    for (const ReportTable &t : mTables)
        if (t.key == key)
            return &t;
    return nullptr;
}

std::vector<ReportImage> ReviewReport::charts() const
{
    std::vector<ReportImage> images;
    if (mProjections.thermal && !mProjections.thermal->maxInletCByRack.empty()) {
        std::map<int, double> bins;  // whole degrees -> racks
        for (const auto &[id, inlet] : mProjections.thermal->maxInletCByRack)
            bins[int(std::floor(inlet))] += 1;
        QStringList labels;
        std::vector<double> counts;
        for (int t = bins.begin()->first; t <= bins.rbegin()->first; ++t) {
            labels << QLocale().toString(t);
            counts.push_back(bins.count(t) ? bins[t] : 0.0);
        }
        const QString caption = tr("Racks by highest inlet temperature (°C)");
        images.push_back(chartImage(caption, { caption, labels, counts, QString() }));
    }
    if (mProjections.energy && !mProjections.energy->monthlyPueP50.empty()) {
        QStringList months;
        for (int m = 1; m <= int(mProjections.energy->monthlyPueP50.size()); ++m)
            months << QLocale().monthName(((m - 1) % 12) + 1, QLocale::ShortFormat);
        const QString caption = tr("Monthly PUE (P50)");
        images.push_back(chartImage(caption, { caption, months, mProjections.energy->monthlyPueP50, QString() }));
    }
    if (mProjections.energy && !mProjections.energy->erfByYear.empty()) {
        QStringList years;
        std::vector<double> values;
        for (std::size_t y = 0; y < mProjections.energy->erfByYear.size(); ++y) {
            years << tr("year %1").arg(y + 1);
            values.push_back(mProjections.energy->erfByYear[y] * 100.0);
        }
        const QString caption = tr("Energy reuse factor by operating year (%)");
        images.push_back(chartImage(caption, { caption, years, values, QStringLiteral("%") }));
    }
    return images;
}

QString ReviewReport::html() const
{
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    h += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Review of the plan \"%1\"").arg(mPlan.site().name)));
    auto tableHtml = [&](const ReportTable &t) {
        QString out = QStringLiteral("<h2>%1</h2>").arg(escaped(t.title));
        if (t.rows.empty())
            return out + QStringLiteral("<p>%1</p>").arg(escaped(tr("Nothing to show.")));
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &header : t.headers)
            out += QStringLiteral("<th bgcolor=\"#dde6f0\" align=\"left\">%1</th>").arg(escaped(header));
        out += QStringLiteral("</tr>");
        for (const auto &row : t.rows) {
            out += QStringLiteral("<tr>");
            for (const QString cell : row) {  // as the PDF shows it
                static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
                // Hashes in a fixed-width font without ligatures, so that they can be read and copied.
                // A name without spaces ("BW-W01-A") is not split at its hyphens.
                const bool oneWord = !cell.contains(QLatin1Char(' ')) && cell.size() <= 24;
                out += hash.match(cell).hasMatch() ? QStringLiteral("<td><tt>%1</tt></td>").arg(cell)
                    : oneWord ? QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(escaped(cell))
                              : QStringLiteral("<td>%1</td>").arg(escaped(cell));
            }
            out += QStringLiteral("</tr>");
        }
        return out + QStringLiteral("</table>");
    };
    h += tableHtml(*table(QStringLiteral("summary")));
    for (std::size_t i = 0; i < mFloorPlans.size(); ++i)
        h += QStringLiteral("<h2>%1</h2><p><img src=\"rackwerk-floorplan-%2.png\" width=\"480\"/></p>")
                 .arg(escaped(mFloorPlans[i].caption))
                 .arg(i);
    for (const char *key : { "bill-of-materials", "power-budget", "cooling-budget", "failure-analysis" })
        h += tableHtml(*table(QLatin1String(key)));
    h += QStringLiteral("<p>%1</p>").arg(escaped(mAvailabilityReason));
    if (const ReportTable *liquid = table(QStringLiteral("liquid-cooling")))
        h += tableHtml(*liquid);
    if (const ReportTable *sweep = table(QStringLiteral("cooling-failure-sweep")))
        h += tableHtml(*sweep);
    h += tableHtml(*table(QStringLiteral("projections")));
    const auto chartImages = charts();
    for (std::size_t i = 0; i < chartImages.size(); ++i)
        h += QStringLiteral("<p><img src=\"rackwerk-chart-%1.png\" width=\"480\"/></p>").arg(i);
    // The compliance table has too many columns for a portrait page: rule, source and date share a
    // cell, as do value and limit (the CSV keeps them apart).
    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Compliance")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &header : { tr("Rule and source"), tr("Result"), tr("Value / limit"), tr("Details") })
        h += QStringLiteral("<th bgcolor=\"#dde6f0\" align=\"left\">%1</th>").arg(escaped(header));
    h += QStringLiteral("</tr>");
    for (const CheckResult &r : mCompliance.results) {
        const QString colour = r.status == CheckStatus::Pass || r.status == CheckStatus::Exempt
            ? QStringLiteral("#e3f4e3")
            : r.status == CheckStatus::Fail ? QStringLiteral("#f8dcdc")
                                            : QStringLiteral("#f0f0f0");
        QString rule = QStringLiteral("<b>%1</b><br/><small>%2").arg(escaped(r.title), escaped(r.source));
        if (r.validFrom.isValid())
            rule += QStringLiteral("<br/>") + escaped(tr("in force from %1").arg(DateText::of(r.validFrom)));
        rule += QStringLiteral("</small>");
        // The result never wraps: it is what a reader scans the table for.
        const QString result = escaped(ComplianceChecker::statusName(r.status))
            + (r.basis == CheckBasis::None
                    ? QString()
                    : QStringLiteral("<br/><small>%1</small>").arg(escaped(ComplianceChecker::basisName(r.basis))));
        const QString figures = r.valueText.isEmpty() && r.limitText.isEmpty()
            ? QString()
            : QStringLiteral("%1<br/><small>%2</small>")
                  .arg(escaped(r.valueText), escaped(tr("limit: %1").arg(r.limitText)));
        h += QStringLiteral("<tr><td width=\"33%\">%1</td><td style=\"white-space: nowrap\" bgcolor=\"%2\">%3</td>"
                            "<td width=\"16%\">%4</td><td>%5</td></tr>")
                 .arg(rule, colour, result, figures, escaped(r.detail));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(escaped(tr("Assumptions")),
                 escaped(mPlan.site().assumptions.isEmpty() ? tr("The plan states no assumptions.")
                                                            : mPlan.site().assumptions));
    h += tableHtml(*table(QStringLiteral("sources")));
    if (!mReview.notes.isEmpty())
        h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(escaped(tr("Reviewer's notes")), escaped(mReview.notes));
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(escaped(tr("Rackwerk %1. Plan file SHA-256: %2")
                              .arg(versionLine(), mSha256.isEmpty() ? tr("not available") : mSha256)));
    h += QStringLiteral("</body></html>");
    return h;
}

void ReviewReport::layOut(QTextDocument *document, QPagedPaintDevice *device) const
{
    document->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    // Words are never broken: a column is at least as wide as its longest word ("Nennleistung").
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(option);
    for (std::size_t i = 0; i < mFloorPlans.size(); ++i)
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("rackwerk-floorplan-%1.png").arg(i)),
            mFloorPlans[i].image);
    // Charts are drawn by the painter of the PDF: lines and text, sharp at any zoom and searchable. The
    // handler lives as long as the document.
    auto *pictures = new ReportPictureHandler(document);
    const auto chartImages = charts();
    for (std::size_t i = 0; i < chartImages.size(); ++i)
        pictures->addVector(QStringLiteral("rackwerk-chart-%1.png").arg(i), chartImages[i].paint,
            double(BarChart::kHeight) / BarChart::kWidth);
    pictures->install(document);
    document->setHtml(html());
    // Laid out on the device's own pages (QTextDocument::print would add 2 cm margins of its own), with
    // room for the page number below each page.
    document->documentLayout()->setPaintDevice(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footer = QFontMetricsF(document->defaultFont(), device).height() * 2;
    document->setPageSize(QSizeF(page.width(), page.height() - footer));
    // Every table's header row comes again at the top of each page the table continues on.
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
        }
    }
    // Laid out again in full: after the tables' formats changed, Qt's incremental layout leaves some
    // blocks behind a table without lines (headings went missing from the PDF).
    document->markContentsDirty(0, document->characterCount());
    keepHeadingsWithNext(document);
}

void ReviewReport::keepHeadingsWithNext(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal pageHeight = document->pageSize().height();
    auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    // Where the first line of what follows a heading ends: a paragraph's or picture's first line, a
    // table's first row under its header.
    auto firstLineBottom = [layout](const QTextBlock &next) {
        QTextBlock block = next;
        if (QTextTable *table = QTextCursor(next).currentTable()) {
            const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
            block = table->cellAt(row, 0).firstCursorPosition().block();
        }
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        return rect.top() + (lines && lines->lineCount() > 0 ? lines->lineAt(0).rect().bottom() : rect.height());
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        if (pageOf(top) == pageOf(firstLineBottom(block.next()) - 1))
            continue;
        // Stranded at the foot of a page: it starts the next one, with what it heads.
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        document->markContentsDirty(block.position(), document->characterCount() - block.position());
    }
}

bool ReviewReport::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Review of the plan \"%1\"").arg(mPlan.site().name));
        writer.setCreator(QStringLiteral("Rackwerk %1").arg(versionLine()));
        // PDF/A-1b: the report is archived with the tender; fonts are embedded, nothing is transparent.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QTextDocument document;
        layOut(&document, &writer);
        const QSizeF page = document.pageSize();
        const int pages = document.pageCount();
        QPainter painter(&writer);
        QFont footerFont = document.defaultFont();
        for (int n = 0; n < pages; ++n) {
            if (n > 0)
                writer.newPage();
            painter.save();
            const QRectF shown(0, n * page.height(), page.width(), page.height());
            painter.translate(0, -shown.top());
            painter.setClipRect(shown);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = shown;
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, page.height(), page.width(), writer.height() - page.height()),
                Qt::AlignRight | Qt::AlignBottom,
                tr("Page %1 of %2").arg(QLocale().toString(n + 1), QLocale().toString(pages)));
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QChar ReviewReport::csvSeparator()
{
    return TableExport::csvSeparator();
}

QString ReviewReport::csv(const ReportTable &table)
{
    return TableExport::csv(table);
}

bool ReviewReport::writeCsv(const QString &directory, QStringList *written, QString *error) const
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1.").arg(directory);
        return false;
    }
    for (const ReportTable &t : mTables) {
        const QString path = QDir(directory).filePath(t.key + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv(t).toUtf8()) < 0 || !file.commit()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        written->append(path);
    }
    return true;
}

bool ReviewReport::writeXlsx(const QString &path, QString *error) const
{
    return TableExport::writeXlsx(mTables, path, tr("Review of the plan \"%1\"").arg(mPlan.site().name), error);
}

}  // namespace rw
