// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clioptions.h"

#include "buildinfo/buildinfo.h"
#include "demo/builtinplans.h"
#include "i18n/labels.h"
#include "i18n/language.h"
#include "i18n/oneline.h"
#include "plan/plansummary.h"
#include "plan/validation.h"
#include "store/fieldreference.h"
#include "store/formatschemas.h"
#include "store/planjson.h"
#include "store/planstore.h"
#include "weather/siteweather.h"

#include <rackwerk/engine/backend.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rw::cli {

int CliCommands::fail(int code, const QString &reason)
{
    // One line whatever the reason echoes from a file; the library's own report only when asked for.
    mErr << QStringLiteral("rackwerk-cli: ") << oneLine(reason) << Qt::endl;
    if (mVerbose && !mDetails.isEmpty()) {
        for (const QString &line : mDetails.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            mErr << QStringLiteral("  ") << oneLine(line) << Qt::endl;
    }
    return code;
}

bool CliCommands::loadPlan(const QString &source, Plan *plan, QString *error)
{
    mDetails.clear();
    return cli::loadPlan(source, plan, error, &mDetails);
}

int CliCommands::usage(const QString &problem)
{
    const QString text
        = tr("Usage: rackwerk-cli [--lang de|en] [--verbose] COMMAND ...\n"
             "       rackwerk-cli --help | --version\n"
             "  info PLAN|demo [--json]        key figures of a plan\n"
             "  validate PLAN                  check a plan; warnings are listed\n"
             "  export PLAN --json FILE        write the plan's JSON form\n"
             "  import FILE.json -o PLAN       make a plan file from the JSON form\n"
             "  import-csv PLAN FILE [--dry-run]\n"
             "                                 add racks and devices from a spreadsheet (CSV)\n"
             "  demo [gigafactory] -o PLAN     write the Munich demo plan (or the gigafactory campus)\n"
             "  engines [--json]               which projection engine runs here\n"
             "  budget PLAN [--json]           power and cooling budgets\n"
             "  contingency PLAN [--pairs] [--json]\n"
             "                                 fail each power node (and pairs) in turn\n"
             "  contingency PLAN --node ID [--json]\n"
             "                                 fail one node (id or name): what stops with it\n"
             "  dc800 PLAN --rectifier ID,ID,... [-o FILE]\n"
             "                                 the same racks on 800 V DC below those nodes: facility power\n"
             "  capacity PLAN TYPE [--json]    how many more devices of a type fit, and where\n"
             "  draw-row PLAN --from X,Y --to X,Y [--hall ID] [--template N] -o FILE\n"
             "                                 draw a row of racks, as the floor plan's row tool\n"
             "  attach-racks PLAN --loop ID --racks ID,ID,... -o FILE\n"
             "                                 put racks on a coolant loop (--loop 0: take them off)\n"
             "  load PLAN [--trials N] [--years Y] [--seed S] [--engine auto|cpu|cuda]\n"
             "       [--scenario ID] [--weather FILE] [--json]\n"
             "                                 Monte Carlo projection of power, energy and PUE\n"
             "  weather PLAN [--use EPW|TRY|CSV -o PLAN | --munich -o PLAN]\n"
             "                                 show or choose the site's hourly weather\n"
             "  underlay PLAN FILE [--hall ID] [--page N] [--scale AX,AY,BX,BY,METRES] [--origin X,Y]\n"
             "           [--opacity O] [--trace-walls THICKNESS] [--trace-columns MAXSIDE] -o PLAN\n"
             "                                 put a DXF, SVG, PDF, PNG or JPEG floor plan under a hall,\n"
             "                                 trace its walls and columns\n"
             "  check PLAN [--review FILE] [--rules FILE] [--load-trials N] [--sweep DIR] [--json]\n"
             "                                 compliance checks (EnEfG, EU 2024/1364, EN 50600, ...);\n"
             "                                 --sweep takes the plan's cooling failure sweep from DIR\n"
             "  diff A B [--json]              what differs between two plans\n"
             "  report PLAN [--review FILE] [--rules FILE] [--load-trials N] [--sweep DIR] [--pdf FILE]\n"
             "         [--csv DIR] [--xlsx FILE]\n"
             "                                 the reviewer's report (PDF/A) and its tables (CSV, XLSX)\n"
             "  exempt PLAN --exemption ID --evidence TEXT --reference TEXT --date YYYY-MM-DD\n"
             "         [--review FILE] [--rules FILE]\n"
             "                                 record an exemption of the law in the review\n"
             "  thermal PLAN|--case FILE [--engine auto|cpu|cuda] [--cell METRES]\n"
             "          [--fail UNIT [--transient SECONDS]] [--json] [--export-case FILE]\n"
             "          [--turbulence k-epsilon|chen-xu]\n"
             "                                 air temperatures of the first hall; --fail stops a\n"
             "                                 cooling unit (or a power node's units) at t = 0\n"
             "  liquid PLAN|--case FILE [--fail ID] [--run-down SECONDS]\n"
             "         [--standby-start SECONDS] [--json]\n"
             "                                 coolant flows and temperatures of liquid loops; every\n"
             "                                 pump, CDU, heat-rejection unit and power node fails in\n"
             "                                 turn, or ID (also CDU/facility-water, power, power-ups,\n"
             "                                 utility); seconds until each rack's supply crosses its\n"
             "                                 limit or its GPUs throttle; pumps without power coast\n"
             "                                 down (half flow after --run-down, default 2 s); a\n"
             "                                 standby pump starts after --standby-start (default 5 s);\n"
             "                                 each loop's budget with redundancy\n"
             "  liquid PLAN --year [--json]    the loops hour by hour through the site's weather year:\n"
             "                                 energy of heat rejection and pumps, tower water, reused heat\n"
             "  sweep PLAN --out DIR [--jobs N] [--engine auto|cpu|cuda] [--cell METRES]\n"
             "        [--transient SECONDS] [--iterations N] [--turbulence k-epsilon|chen-xu] [--json]\n"
             "        [--slurm [--no-submit]]\n"
             "                                 every cooling unit and power node that stops cooling\n"
             "                                 fails in turn, in every hall; one file per run in DIR,\n"
             "                                 finished runs are kept when it runs again; --slurm\n"
             "                                 submits the runs as a Slurm job array instead\n"
             "  sweep --merge DIR [--json]     the summary of a sweep: worst cooling failure per hall\n"
             "  fields                         reference of every field of the JSON form\n"
             "  schemas DIR                    write the JSON Schemas of the file formats\n"
             "  netbox export PLAN DIR         the plan as NetBox's bulk import takes it\n"
             "  netbox import DIR [--plan PLAN]\n"
             "                                 read a device-type library folder (into the plan)\n"
             "PLAN is a .rackwerk file, a .json file in the exchange form, \"demo\" (the Munich hall) or\n"
             "\"gigafactory\" (a campus of about 100,000 GPUs in ten liquid-cooled halls).\n"
             "Options a command does not take are refused: \"Unknown option --x.\"\n"
             "--verbose adds the details behind a refusal (SQLite's integrity report).\n"
             "Exit codes: 0 success, 1 failure, 2 bad input, 3 check: at least one check failed.");
    mOut << text << Qt::endl;
    if (problem.isEmpty())
        return kOk;
    // The usage goes with the help to stdout; stderr gets the one-line reason that scripts can show.
    return fail(kBadInput, problem);
}

int CliCommands::unknownOption(const QString &option)
{
    return usage(tr("Unknown option %1.").arg(option));
}

int CliCommands::run(QStringList args)
{
    QString lang = Language::systemDefault();
    if (!takeOption(args, QStringLiteral("--lang"), &lang))
        return usage(tr("--lang needs a value (de or en)."));
    // --verbose is a global option: before the command only, so that a command still names it as unknown.
    mVerbose = false;
    while (!args.isEmpty() && args.first() == QLatin1String("--verbose")) {
        mVerbose = true;
        args.removeFirst();
    }
    if (!Language::apply(lang))
        return usage(tr("Unknown language \"%1\"; use de or en.").arg(lang));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage(args.isEmpty() ? tr("No command given.") : QString());
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        mOut << QStringLiteral("rackwerk-cli %1").arg(QLatin1String(buildinfo::versionLine())) << Qt::endl;
        return kOk;
    }
    const QString command = args.takeFirst();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))
        return usage();
    if (command == QLatin1String("info"))
        return info(args);
    if (command == QLatin1String("export"))
        return exportJson(args);
    if (command == QLatin1String("import"))
        return importJson(args);
    if (command == QLatin1String("validate"))
        return validate(args);
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("engines"))
        return engines(args);
    if (command == QLatin1String("budget"))
        return budget(args);
    if (command == QLatin1String("contingency"))
        return contingency(args);
    if (command == QLatin1String("dc800"))
        return dc800(args);
    if (command == QLatin1String("capacity"))
        return capacity(args);
    if (command == QLatin1String("draw-row"))
        return drawRow(args);
    if (command == QLatin1String("attach-racks"))
        return attachRacks(args);
    if (command == QLatin1String("import-csv"))
        return importCsv(args);
    if (command == QLatin1String("load"))
        return load(args);
    if (command == QLatin1String("weather"))
        return weather(args);
    if (command == QLatin1String("underlay"))
        return underlay(args);
    if (command == QLatin1String("check"))
        return check(args);
    if (command == QLatin1String("diff"))
        return diff(args);
    if (command == QLatin1String("report"))
        return report(args);
    if (command == QLatin1String("exempt"))
        return exempt(args);
    if (command == QLatin1String("thermal"))
        return thermal(args);
    if (command == QLatin1String("liquid"))
        return liquid(args);
    if (command == QLatin1String("sweep"))
        return sweep(args);
    if (command == QLatin1String("netbox"))
        return netbox(args);
    if (command == QLatin1String("schemas"))
        return schemas(args);
    if (command == QLatin1String("fields")) {
        if (const QString bad = leftoverOption(args); !bad.isEmpty())
            return unknownOption(bad);
        if (!args.isEmpty())
            return usage(tr("fields takes no arguments."));
        mOut << fieldReferenceMarkdown();
        return kOk;
    }
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int CliCommands::schemas(const QStringList &args)
{
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1)
        return usage(tr("schemas needs the folder to write them to."));
    const QDir dir(args.first());
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return fail(kFailed, tr("Cannot create the folder %1.").arg(fullPath(dir.path())));
    for (const FormatSchema &schema : FormatSchemas::all()) {
        QFile file(dir.filePath(schema.fileName));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(schema.bytes) < 0)
            return fail(kFailed, tr("Cannot write %1: %2").arg(fullPath(file.fileName()), file.errorString()));
    }
    return kOk;
}

int CliCommands::info(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1)
        return usage(tr("info takes one plan."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    const PlanSummary s = summarize(plan);
    engine::Backend backend {};
    std::string why;
    engine::resolveBackend(engine::BackendRequest::Auto, &backend, &why);
    if (json) {
        QJsonObject systems;
        for (const auto &[key, count] : s.systemsByType)
            systems.insert(key, count);
        QJsonObject o { { QStringLiteral("site"), plan.site().name }, { QStringLiteral("halls"), s.hallCount },
            { QStringLiteral("rows"), s.rowCount }, { QStringLiteral("racks"), s.rackCount },
            { QStringLiteral("devices"), s.deviceCount }, { QStringLiteral("gpus"), s.gpuCount },
            { QStringLiteral("coolingUnits"), s.coolingUnitCount }, { QStringLiteral("powerNodes"), s.powerNodeCount },
            { QStringLiteral("nameplateItKw"), s.nameplateItKw }, { QStringLiteral("typicalItKw"), s.typicalItKw },
            { QStringLiteral("rackBudgetKw"), s.rackBudgetKw }, { QStringLiteral("heatToLiquidKw"), s.heatToLiquidKw },
            { QStringLiteral("equipmentWeightKg"), s.equipmentWeightKg }, { QStringLiteral("usedU"), s.usedU },
            { QStringLiteral("totalU"), s.totalU }, { QStringLiteral("systemsByType"), systems },
            { QStringLiteral("engine"), QString::fromLatin1(engine::backendName(backend)) },
            { QStringLiteral("weather"), SiteWeatherCodec::describe(plan) } };
        mOut << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const QLocale locale;
    mOut << tr("Site: %1").arg(plan.site().name) << Qt::endl;
    mOut << tr("Halls: %1, rows: %2, racks: %3, devices: %4")
                .arg(locale.toString(s.hallCount), locale.toString(s.rowCount), locale.toString(s.rackCount),
                    locale.toString(s.deviceCount))
         << Qt::endl;
    mOut << tr("GPUs: %1").arg(locale.toString(s.gpuCount)) << Qt::endl;
    mOut << tr("IT power: %1 kW nameplate, %2 kW typical; rack budgets %3 kW")
                .arg(locale.toString(s.nameplateItKw, 'f', 1), locale.toString(s.typicalItKw, 'f', 1),
                    locale.toString(s.rackBudgetKw, 'f', 1))
         << Qt::endl;
    mOut << tr("Cooling units: %1, power nodes: %2")
                .arg(locale.toString(s.coolingUnitCount), locale.toString(s.powerNodeCount))
         << Qt::endl;
    mOut << tr("Weather: %1").arg(SiteWeatherCodec::describe(plan)) << Qt::endl;
    mOut << Labels::engineStatus() << Qt::endl;
    return kOk;
}

int CliCommands::exportJson(const QStringList &arguments)
{
    QStringList args = arguments;
    QString target;
    if (!takeOption(args, QStringLiteral("--json"), &target))
        return usage(tr("export needs a plan and --json FILE."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (target.isEmpty() || args.size() != 1)
        return usage(tr("export needs a plan and --json FILE."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(PlanJson::toBytes(plan)) < 0)
        return fail(kFailed, tr("Cannot write %1: %2").arg(target, file.errorString()));
    return kOk;
}

int CliCommands::importJson(const QStringList &arguments)
{
    QStringList args = arguments;
    QString target;
    if (!takeOption(args, QStringLiteral("-o"), &target))
        return usage(tr("import needs a JSON file and -o PLAN."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (target.isEmpty() || args.size() != 1)
        return usage(tr("import needs a JSON file and -o PLAN."));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(kBadInput, tr("Cannot read %1: %2").arg(fullPath(args.first()), file.errorString()));
    Plan plan;
    const JsonImportReport report = PlanJson::fromBytes(file.readAll(), &plan);
    if (!report.ok)
        return fail(kBadInput, report.error);
    const SaveReport saved = PlanStore::save(plan, target);
    if (!saved.ok)
        return fail(kFailed, saved.error);
    return kOk;
}

int CliCommands::validate(const QStringList &args)
{
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1)
        return usage(tr("validate takes one plan."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    qint64 errors = 0;
    qint64 warnings = 0;
    for (const Finding &finding : PlanValidator::validate(plan)) {
        const bool isError = finding.severity == Finding::Severity::Error;
        // A summary line ("...and N more like this") stands for the N findings it leaves out.
        (isError ? errors : warnings) += finding.unlisted > 0 ? finding.unlisted : 1;
        mOut << (isError ? tr("error: %1") : tr("warning: %1")).arg(finding.message) << Qt::endl;
    }
    mOut << tr("%1: %2, %3")
                .arg(args.first(), tr("%Ln error(s)", nullptr, errors), tr("%Ln warning(s)", nullptr, warnings))
         << Qt::endl;
    return errors == 0 ? kOk : kBadInput;
}

int CliCommands::demo(const QStringList &arguments)
{
    QStringList args = arguments;
    QString target;
    if (!takeOption(args, QStringLiteral("-o"), &target))
        return usage(tr("demo needs -o PLAN."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (target.isEmpty() || args.size() > 1)
        return usage(tr("demo needs -o PLAN."));
    const QString name = args.isEmpty() ? QStringLiteral("demo") : args.first();
    Plan plan;
    if (!BuiltInPlans::build(name, plan))
        return usage(tr("No bundled plan is called \"%1\"; there are %2.")
                         .arg(name.left(40), BuiltInPlans::names().join(QStringLiteral(", "))));
    const SaveReport saved = PlanStore::save(plan, target);
    if (!saved.ok)
        return fail(kFailed, saved.error);
    return kOk;
}

int CliCommands::engines(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (!args.isEmpty())
        return usage(tr("engines takes no arguments besides --json."));
    const engine::BackendInfo &info = engine::probeBackends();
    engine::Backend backend {};
    std::string why;
    engine::resolveBackend(engine::BackendRequest::Auto, &backend, &why);
    if (json) {
        QJsonObject o { { QStringLiteral("engine"), QString::fromLatin1(engine::backendName(backend)) },
            { QStringLiteral("cudaCompiled"), info.cudaCompiled }, { QStringLiteral("cudaUsable"), info.cudaUsable },
            { QStringLiteral("device"), QString::fromStdString(info.deviceName) },
            { QStringLiteral("reason"), QString::fromStdString(info.reason) } };
        mOut << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return kOk;
    }
    mOut << Labels::engineStatus() << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
