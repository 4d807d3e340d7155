// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadprojectionpanel.h"

#include "charts/chartadapter.h"
#include "formatting.h"
#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "weather/siteweather.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace rw {

/// Shared between the panel and its worker thread.
struct LoadProjectionPanel::Run {
    std::atomic<int> done { 0 };
    std::atomic<int> total { 1 };
    std::atomic<bool> cancel { false };
    Plan plan;  // a copy: the user may edit the open plan meanwhile
    LoadProjectionOptions options;
    LoadProjectionResult result;
    QString error;
    bool ok = false;
    bool cancelled = false;
};

namespace {

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

}  // namespace

LoadProjectionPanel::LoadProjectionPanel(const Plan &plan, QWidget *parent)
    : QWidget(parent), mPlan(plan), mScenario(new QComboBox(this)), mTrials(new QSpinBox(this)),
      mYears(new QSpinBox(this)), mSeed(new QSpinBox(this)), mEngine(new QComboBox(this)),
      mWeather(new QComboBox(this)), mRun(new QPushButton(this)), mCancel(new QPushButton(this)),
      mProgress(new QProgressBar(this)), mStatus(new QLabel(this)), mChartChoice(new QComboBox(this)),
      mChart(new ChartAdapter(this)), mTabs(new QTabWidget(this)), mYearTable(new QTableWidget(this)),
      mNodeTable(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QHBoxLayout;
    for (int i = 0; i < 4; ++i)
        mCaptions[i] = new QLabel(this);
    form->addWidget(mCaptions[0]);
    form->addWidget(mScenario, 2);
    form->addWidget(mCaptions[1]);
    mTrials->setRange(1, LoadProjectionOptions::kMaxTrials);
    mTrials->setValue(1000);
    mTrials->setGroupSeparatorShown(true);
    form->addWidget(mTrials);
    form->addWidget(mCaptions[2]);
    mYears->setRange(1, LoadModelRequest::kMaxYears);
    mYears->setValue(3);
    form->addWidget(mYears);
    form->addWidget(mCaptions[3]);
    mSeed->setRange(0, std::numeric_limits<int>::max());
    mSeed->setValue(1);
    form->addWidget(mSeed);
    form->addWidget(mEngine);
    form->addWidget(mWeather, 2);
    layout->addLayout(form);
    auto *controls = new QHBoxLayout;
    controls->addWidget(mRun);
    controls->addWidget(mCancel);
    controls->addWidget(mProgress, 1);
    layout->addLayout(controls);
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mStatus);

    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(mChartChoice);
    chartLayout->addWidget(mChart, 1);
    mTabs->addTab(chartPage, QString());
    for (QTableWidget *table : { mYearTable, mNodeTable }) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->setSortingEnabled(false);
        mTabs->addTab(table, QString());
    }
    layout->addWidget(mTabs, 1);

    mCancel->setEnabled(false);
    mProgress->setRange(0, 1000);
    mProgress->setValue(0);
    connect(mRun, &QPushButton::clicked, this, &LoadProjectionPanel::start);
    connect(mCancel, &QPushButton::clicked, this, &LoadProjectionPanel::cancel);
    connect(mChartChoice, &QComboBox::currentIndexChanged, this, &LoadProjectionPanel::showChart);
    connect(mWeather, &QComboBox::activated, this, [this](int index) {
        if (index == 2)
            chooseWeather();
    });
    connect(mScenario, &QComboBox::activated, this, [this] {
        const Scenario *s = mPlan.find<Scenario>(mScenario->currentData().toLongLong());
        if (s)
            mYears->setValue(std::min(s->horizonYears, LoadModelRequest::kMaxYears));
    });
    mPoll.setInterval(100);
    connect(&mPoll, &QTimer::timeout, this, &LoadProjectionPanel::pollProgress);
    connect(&plan, &Plan::reset, this, [this] {
        fillScenarios();
        mWeather->setItemText(0, tr("Weather of the site: %1").arg(SiteWeatherCodec::describe(mPlan)));
    });
    connect(&plan, &Plan::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::Scenario)
            fillScenarios();
        if (kind == EntityKind::Weather)
            mWeather->setItemText(0, tr("Weather of the site: %1").arg(SiteWeatherCodec::describe(mPlan)));
    });
    retranslate();
    fillScenarios();
}

LoadProjectionPanel::~LoadProjectionPanel()
{
    if (mThread) {
        mRunState->cancel = true;
        mThread->wait();
    }
}

void LoadProjectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        if (mHasResult)
            showResult();
    }
    QWidget::changeEvent(event);
}

void LoadProjectionPanel::retranslate()
{
    mCaptions[0]->setText(tr("Scenario:"));
    mCaptions[1]->setText(tr("Trials:"));
    mCaptions[2]->setText(tr("Years:"));
    mCaptions[3]->setText(tr("Seed:"));
    mTrials->setToolTip(tr("Monte Carlo trials: more trials, smoother percentiles"));
    mYears->setToolTip(tr("Horizon in years, hourly"));
    mSeed->setToolTip(tr("The same seed gives the same figures on every run and on either engine"));
    const int engine = std::max(0, mEngine->currentIndex());
    mEngine->clear();
    mEngine->addItems({ tr("Engine: automatic"), tr("Engine: CPU"), tr("Engine: CUDA") });
    mEngine->setCurrentIndex(engine);
    mEngine->setToolTip(tr("Automatic uses the GPU when one can run, else the CPU"));
    const int weather = std::max(0, mWeather->currentIndex());
    mWeather->clear();
    mWeather->addItem(tr("Weather of the site: %1").arg(SiteWeatherCodec::describe(mPlan)));
    mWeather->addItem(mHasCustomWeather ? tr("Weather: %1").arg(mCustomWeather.source()) : tr("Weather: own file"));
    mWeather->addItem(tr("Load weather file for this run…"));
    mWeather->setCurrentIndex(weather == 1 && !mHasCustomWeather ? 0 : std::min(weather, 1));
    mWeather->setItemData(1, mHasCustomWeather, Qt::UserRole - 1);  // enabled only with a file
    mWeather->setToolTip(tr("Outdoor temperature per hour: drives free cooling and chiller efficiency. The site's "
                            "weather is chosen under Edit > Site."));
    mRun->setText(tr("&Run projection"));
    mRun->setToolTip(tr("Project power, energy and PUE over the scenario in the background"));
    mCancel->setText(tr("Cancel"));
    mTabs->setTabText(0, tr("Charts"));
    mTabs->setTabText(1, tr("Years"));
    mTabs->setTabText(2, tr("Power nodes"));
    const int chart = std::max(0, mChartChoice->currentIndex());
    const QSignalBlocker block(mChartChoice);
    mChartChoice->clear();
    mChartChoice->addItems({ tr("Facility power over the horizon (fan chart)"), tr("Load-duration curve, last year"),
        tr("PUE by month, last twelve months"), tr("Annual PUE over the trials, last year"),
        tr("IT and cooling power over the horizon") });
    mChartChoice->setCurrentIndex(chart);
    if (!mHasResult && !isRunning())
        mStatus->setText(tr("Choose the trials and years, then run the projection."));
}

void LoadProjectionPanel::fillScenarios()
{
    const Id current = mScenario->currentData().toLongLong();
    mScenario->clear();
    for (const auto &[id, scenario] : mPlan.all<Scenario>())
        mScenario->addItem(scenario.name, QVariant::fromValue(qint64(id)));
    if (mScenario->count() == 0)
        mScenario->addItem(tr("(none: all racks live from the start)"), QVariant::fromValue(qint64(kNoId)));
    const int index = mScenario->findData(QVariant::fromValue(qint64(current)));
    mScenario->setCurrentIndex(std::max(0, index));
    const Scenario *s = mPlan.find<Scenario>(mScenario->currentData().toLongLong());
    if (s && index < 0)
        mYears->setValue(std::min(s->horizonYears, LoadModelRequest::kMaxYears));
}

void LoadProjectionPanel::chooseWeather()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Hourly outdoor temperatures"), QString(),
        tr("Weather files (*.epw *.dat *.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        mWeather->setCurrentIndex(mHasCustomWeather ? 1 : 0);
        return;
    }
    WeatherFile file;
    QString error;
    if (!WeatherFileReader::readFile(path, &file, &error)) {
        QMessageBox::warning(this, tr("Weather file"), error);
        mWeather->setCurrentIndex(mHasCustomWeather ? 1 : 0);
        return;
    }
    mCustomWeather = file.year;
    mHasCustomWeather = true;
    retranslate();
    mWeather->setCurrentIndex(1);
}

void LoadProjectionPanel::setTrials(int trials)
{
    mTrials->setValue(trials);
}

void LoadProjectionPanel::setYears(int years)
{
    mYears->setValue(years);
}

QString LoadProjectionPanel::statusText() const
{
    return mStatus->text();
}

void LoadProjectionPanel::start()
{
    if (mThread)
        return;
    auto run = std::make_shared<Run>();
    run->plan.assign(mPlan);
    run->options.trials = mTrials->value();
    run->options.seed = quint64(mSeed->value());
    run->options.engine = std::array { engine::BackendRequest::Auto, engine::BackendRequest::Cpu,
        engine::BackendRequest::Cuda }[std::size_t(std::clamp(mEngine->currentIndex(), 0, 2))];
    run->options.model.scenarioId = mScenario->currentData().toLongLong();
    run->options.model.years = mYears->value();
    run->options.model.weather
        = mWeather->currentIndex() == 1 && mHasCustomWeather ? mCustomWeather : SiteWeatherCodec::yearFor(mPlan);
    run->total = run->options.trials;
    mRunState = run;
    // The worker touches only its copy of the plan and the shared state.
    mThread = QThread::create([run] {
        run->ok = LoadProjection::run(
            run->plan, run->options,
            [run](int done, int total) {
                run->done = done;
                run->total = total;
                return !run->cancel.load();
            },
            &run->result, &run->error, &run->cancelled);
    });
    connect(mThread, &QThread::finished, this, &LoadProjectionPanel::collect);
    mRun->setEnabled(false);
    mCancel->setEnabled(true);
    mProgress->setValue(0);
    mStatus->setText(tr("Running %1 trials; horizon in years: %2…")
                         .arg(QLocale().toString(run->options.trials))
                         .arg(run->options.model.years));
    mPoll.start();
    mThread->start(QThread::LowPriority);
}

void LoadProjectionPanel::cancel()
{
    if (mRunState)
        mRunState->cancel = true;
    mCancel->setEnabled(false);
    mStatus->setText(tr("Cancelling…"));
}

void LoadProjectionPanel::pollProgress()
{
    if (mRunState)
        mProgress->setValue(int(1000.0 * mRunState->done / std::max(1, mRunState->total.load())));
}

void LoadProjectionPanel::collect()
{
    mPoll.stop();
    mThread->deleteLater();
    mThread = nullptr;
    const std::shared_ptr<Run> run = std::move(mRunState);
    mRun->setEnabled(true);
    mCancel->setEnabled(false);
    if (!run->ok) {
        mProgress->setValue(0);
        mStatus->setText(run->cancelled ? tr("Cancelled; the previous figures are kept.") : run->error);
        emit finished(false);
        return;
    }
    mProgress->setValue(1000);
    mResult = std::move(run->result);
    mHasResult = true;
    showResult();
    emit finished(true);
}

void LoadProjectionPanel::showResult()
{
    const LoadProjectionResult &r = mResult;
    const QString engineName = r.engine == engine::Backend::Cuda ? tr("CUDA (GPU)") : tr("CPU");
    QStringList lines;
    lines << tr("%1 trials; horizon in years: %2; start %3; engine: %4, %5 s (%6 rack-hours per second).")
                 .arg(QLocale().toString(r.trials))
                 .arg(r.years)
                 .arg(DateText::of(r.startDate), engineName, number(r.seconds, 1),
                     QLocale().toString(r.rackHoursPerSecond, 'g', 3));
    if (!r.engineNote.isEmpty())
        lines << Labels::engineStatus();  // again, in the language shown now
    if (!r.perYear.empty()) {
        const ProjectedYear &last = r.perYear.back();
        lines << tr("Year %1: annual PUE %2 (P95 %3), ERF %4, %5 MWh from the grid, peak %6.")
                     .arg(last.year)
                     .arg(number(last.pue.p50, 3), number(last.pue.p95, 3), number(last.erf.p50, 3),
                         QLocale().toString(last.facilityEnergyMWh.p50, 'f', 0),
                         fmt::megawatts(last.peakFacilityKw.p95));
    }
    for (const LaterText &note : r.notes)
        lines << note.text();  // in the language shown now
    mStatus->setText(lines.join(QLatin1Char('\n')));
    showChart();
    fillYears();
    fillNodes();
}

void LoadProjectionPanel::showChart()
{
    if (!mHasResult) {
        mChart->clear(tr("No projection yet"));
        return;
    }
    const LoadProjectionResult &r = mResult;
    const auto mw = [](const std::vector<SlotStatistics> &series, double SlotStatistics::*field) {
        std::vector<double> values;
        values.reserve(series.size());
        for (const SlotStatistics &s : series)
            values.push_back(s.*field / 1000.0);
        return values;
    };
    std::vector<QDate> dates;
    for (const SlotStatistics &s : r.of(ProjectedMetric::FacilityPower))
        dates.push_back(s.date);
    switch (mChartChoice->currentIndex()) {
    case 0: {
        const auto &f = r.of(ProjectedMetric::FacilityPower);
        mChart->showFan(tr("Facility power, hourly values per day over all trials"), tr("MW"), dates,
            { { tr("P50 to P95"), mw(f, &SlotStatistics::p50), mw(f, &SlotStatistics::p95) },
                { tr("P95 to P99"), mw(f, &SlotStatistics::p95), mw(f, &SlotStatistics::p99) } },
            { { tr("Median (P50)"), mw(f, &SlotStatistics::p50) }, { tr("Maximum"), mw(f, &SlotStatistics::max) } });
        break;
    }
    case 1: {
        std::vector<double> x;
        for (int i = 0; i <= 100; ++i)
            x.push_back(i);
        std::vector<double> y;
        for (double kw : r.perYear.back().durationCurveKw)
            y.push_back(kw / 1000.0);
        mChart->showCurve(tr("Load-duration curve, year %1").arg(r.perYear.back().year), tr("% of hours exceeded"),
            tr("Facility power, MW"), x, { { tr("Facility power"), y } });
        break;
    }
    case 2: {
        QStringList months;
        std::vector<double> p50, p95;
        for (int m = 0; m < 12; ++m) {
            months << QLocale().monthName(m + 1, QLocale::ShortFormat);
            p50.push_back(r.pueByMonth[std::size_t(m)].p50);
            p95.push_back(r.pueByMonth[std::size_t(m)].p95);
        }
        double low = 10;
        for (double v : p50)
            low = v > 0 ? std::min(low, v) : low;
        mChart->showBars(tr("PUE by month (facility / IT energy of the month)"), tr("PUE"), months,
            { { tr("P50"), p50 }, { tr("P95"), p95 } }, std::max(1.0, std::floor(low * 50) / 50 - 0.02));
        break;
    }
    case 3:
        mChart->showHistogram(tr("Annual PUE of year %1 over %L2 trials").arg(r.perYear.back().year).arg(r.trials),
            tr("Annual PUE"), tr("Trials"), r.perYear.back().pueOfTrial, 20, 4);
        break;
    default: {
        const auto &it = r.of(ProjectedMetric::ItPower);
        const auto &cooling = r.of(ProjectedMetric::CoolingPower);
        mChart->showFan(tr("IT and cooling power per day over all trials"), tr("MW"), dates,
            { { tr("IT P50 to P95"), mw(it, &SlotStatistics::p50), mw(it, &SlotStatistics::p95) } },
            { { tr("IT median"), mw(it, &SlotStatistics::p50) },
                { tr("Cooling P95"), mw(cooling, &SlotStatistics::p95) } });
    }
    }
}

void LoadProjectionPanel::fillYears()
{
    const QStringList headers { tr("Year"), tr("From"), tr("IT MWh (P50)"), tr("Facility MWh (P50)"),
        tr("Facility MWh (P95)"), tr("Cooling MWh (P50)"), tr("PUE (P50)"), tr("PUE (P95)"), tr("ERF (P50)"),
        tr("ERF (P5)"), tr("WUE l/kWh (P50)"), tr("Peak MW (P95)"), tr("Training swing MW (P95)"),
        tr("Cooling shortfall h") };
    mYearTable->clear();
    mYearTable->setColumnCount(int(headers.size()));
    mYearTable->setHorizontalHeaderLabels(headers);
    mYearTable->setRowCount(int(mResult.perYear.size()));
    int row = 0;
    for (const ProjectedYear &y : mResult.perYear) {
        const QStringList cells { QLocale().toString(y.year), DateText::of(y.start), number(y.itEnergyMWh.p50, 0),
            number(y.facilityEnergyMWh.p50, 0), number(y.facilityEnergyMWh.p95, 0), number(y.coolingEnergyMWh.p50, 0),
            number(y.pue.p50, 3), number(y.pue.p95, 3), number(y.erf.p50, 3), number(y.erf.p5, 3), number(y.wue.p50, 3),
            number(y.peakFacilityKw.p95 / 1000.0, 2), number(y.trainingSwingKw.p95 / 1000.0, 2),
            number(y.shortfallHoursMean, 1) };
        for (int c = 0; c < cells.size(); ++c)
            mYearTable->setItem(row, c, numberItem(cells[c]));
        ++row;
    }
}

void LoadProjectionPanel::fillNodes()
{
    const QStringList headers { tr("Node"), tr("Rating kW"), tr("Peak / rating (P95)"), tr("Peak / rating (max)"),
        tr("P(over rating)"), tr("Hours over rating"), tr("P(over 80 %)"), tr("Hours over 80 %") };
    mNodeTable->clear();
    mNodeTable->setColumnCount(int(headers.size()));
    mNodeTable->setHorizontalHeaderLabels(headers);
    mNodeTable->setRowCount(int(mResult.nodes.size()));
    int row = 0;
    for (const NodeRisk &n : mResult.nodes) {
        mNodeTable->setItem(row, 0, new QTableWidgetItem(n.name));
        const QStringList cells { number(n.ratingKw, 0), fmt::percent(n.peakUtilisationP95, 1),
            fmt::percent(n.peakUtilisationMax, 1), fmt::percent(n.probabilityOverRating, 1),
            number(n.expectedHoursOverRating, 1), fmt::percent(n.probabilityOver80, 1),
            number(n.expectedHoursOver80, 1) };
        for (int c = 0; c < cells.size(); ++c)
            mNodeTable->setItem(row, c + 1, numberItem(cells[c]));
        if (n.expectedHoursOverRating > 0)
            mNodeTable->item(row, 0)->setForeground(Qt::red);
        ++row;
    }
}

}  // namespace rw
