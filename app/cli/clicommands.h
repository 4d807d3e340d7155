// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace rw {
class Plan;
struct PlanLiquidCase;
struct ProjectionInputs;
struct SweepOptions;
struct SweepPlan;
struct ReportImage;
}  // namespace rw

namespace rw::cli {

/// Exit codes of rackwerk-cli.
enum ExitCode { kOk = 0, kFailed = 1, kBadInput = 2, kChecksFailed = 3 };

/// Runs one rackwerk-cli command line (without the program name). Results go to out, the one-line
/// reason for a failure to err.
class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(rw::CliCommands)
public:
    CliCommands(QTextStream &out, QTextStream &err) : mOut(out), mErr(err) { }
    int run(QStringList args);

    /// Draws the floor plans for the report; the program sets it, since drawing needs the views layer.
    using FloorPlanRenderer = std::function<std::vector<ReportImage>(const Plan &)>;
    void setFloorPlanRenderer(FloorPlanRenderer renderer) { mRenderFloorPlans = std::move(renderer); }
    /// Whether a command line runs a command that draws (and so needs a GUI application object).
    static bool needsGui(const QStringList &args);

private:
    int info(const QStringList &args);
    int exportJson(const QStringList &args);
    int importJson(const QStringList &args);
    int validate(const QStringList &args);
    int demo(const QStringList &args);
    int engines(const QStringList &args);
    int budget(const QStringList &args);
    int contingency(const QStringList &args);
    int capacity(const QStringList &args);
    /// dc800: the plan's chain against an 800 V DC variant (PowerEdits::convertToDc800), optionally saved.
    int dc800(const QStringList &args);
    /// draw-row: a row of racks through RackRowEdits, as the floor plan's row tool draws it.
    int drawRow(const QStringList &args);
    /// attach-racks: racks onto a coolant loop (or off it) through LiquidEdits.
    int attachRacks(const QStringList &args);
    /// import-csv: racks and devices from a spreadsheet through CsvImportEdits (docs/csv-import.md).
    int importCsv(const QStringList &args);
    /// schemas DIR: the JSON Schemas generated from the readers' tables (docs/schemas/).
    int schemas(const QStringList &args);
    /// netbox export PLAN DIR | import DIR [--plan PLAN] (docs/netbox.md).
    int netbox(const QStringList &args);
    int nodeContingency(const Plan &plan, const QString &nodeText, bool json);
    int load(const QStringList &args);
    int weather(const QStringList &args);
    int underlay(const QStringList &args);
    /// Saves as a plan file, or as JSON when the name ends in .json; kOk or the failure's exit code.
    int savePlanTo(const Plan &plan, const QString &target);
    int check(const QStringList &args);
    int diff(const QStringList &args);
    int report(const QStringList &args);
    int exempt(const QStringList &args);
    /// --load-trials N: runs the load projection so that the energy checks judge projected figures.
    bool projectionInputs(QStringList &args, const Plan &plan, ProjectionInputs *inputs, QString *error);
    int thermal(const QStringList &args);
    /// liquid: the liquid engine on a liquid case (docs/liquid-loops.md).
    int liquid(const QStringList &args);
    int liquidYear(const Plan &plan, const PlanLiquidCase &built, bool json);
    /// sweep: the cooling failure sweep of every hall (docs/cooling-sweep.md).
    int sweep(const QStringList &args);
    int printSweepSummary(const QString &dir, bool json);
    /// sweep --slurm: writes DIR/sweep.sbatch, a job array of the unfinished runs, and submits it with sbatch.
    int submitSlurm(const QString &outDir, const QString &planSource, const SweepPlan &sweepPlan,
        const SweepOptions &options, const QString &engineText, bool submit);
    int usage(const QString &problem = {});
    /// The usage with "Unknown option X." when a command was given an option it does not take.
    int unknownOption(const QString &option);
    /// Writes the one-line reason to stderr (with --verbose also the details of the last plan that failed
    /// to load) and returns code.
    int fail(int code, const QString &reason);
    /// cli::loadPlan, keeping the details of a failure for fail().
    bool loadPlan(const QString &source, Plan *plan, QString *error);

    QTextStream &mOut;
    QTextStream &mErr;
    FloorPlanRenderer mRenderFloorPlans;
    bool mVerbose = false;
    QString mDetails;
};

}  // namespace rw::cli
