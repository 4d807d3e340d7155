// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartadapter.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rw {

ChartAdapter::ChartAdapter(QWidget *parent) : QWidget(parent), mChart(new QChart), mView(new QChartView(mChart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setMinimumHeight(240);
    layout->addWidget(mView);
    mChart->legend()->setAlignment(Qt::AlignBottom);
    mChart->setMargins(QMargins(0, 0, 0, 0));
}

void ChartAdapter::reset(const QString &title)
{
    mChart->removeAllSeries();
    for (QAbstractAxis *axis : mChart->axes()) {
        mChart->removeAxis(axis);  // hands ownership back to us
        delete axis;
    }
    mChart->setTitle(title);
    mChart->setLocalizeNumbers(true);
    mChart->setLocale(QLocale());
    mChart->legend()->setVisible(true);
}

QString ChartAdapter::title() const
{
    return mChart->title();
}

int ChartAdapter::seriesCount() const
{
    return int(mChart->series().size());
}

void ChartAdapter::clear(const QString &message)
{
    reset(message);
}

void ChartAdapter::showFan(const QString &title, const QString &valueLabel, const std::vector<QDate> &dates,
    const std::vector<Band> &bands, const std::vector<Line> &lines)
{
    reset(title);
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MMM yyyy"));
    xAxis->setTickCount(7);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(valueLabel);
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    mChart->addAxis(xAxis, Qt::AlignBottom);
    mChart->addAxis(yAxis, Qt::AlignLeft);
    auto time = [&](std::size_t i) { return double(dates[i].startOfDay().toMSecsSinceEpoch()); };
    double top = 0;
    const QList<QColor> shades { QColor(30, 90, 180, 60), QColor(30, 90, 180, 110), QColor(30, 90, 180, 170) };
    int shade = 0;
    for (const Band &band : bands) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (std::size_t i = 0; i < dates.size() && i < band.lower.size(); ++i) {
            lower->append(time(i), band.lower[i]);
            upper->append(time(i), band.upper[i]);
            top = std::max(top, band.upper[i]);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);  // the area series draws its edges but does not own them
        lower->setParent(area);
        area->setName(band.name);
        area->setColor(shades[shade++ % shades.size()]);
        area->setBorderColor(Qt::transparent);
        mChart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        for (std::size_t i = 0; i < dates.size() && i < line.values.size(); ++i) {
            series->append(time(i), line.values[i]);
            top = std::max(top, line.values[i]);
        }
        mChart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    yAxis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    yAxis->applyNiceNumbers();
}

void ChartAdapter::showCurve(const QString &title, const QString &xLabel, const QString &yLabel,
    const std::vector<double> &x, const std::vector<Line> &lines)
{
    reset(title);
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(xLabel);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(yLabel);
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    mChart->addAxis(xAxis, Qt::AlignBottom);
    mChart->addAxis(yAxis, Qt::AlignLeft);
    double top = 0;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        for (std::size_t i = 0; i < x.size() && i < line.values.size(); ++i) {
            series->append(x[i], line.values[i]);
            top = std::max(top, line.values[i]);
        }
        mChart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (!x.empty())
        xAxis->setRange(x.front(), x.back());
    yAxis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    yAxis->applyNiceNumbers();
}

void ChartAdapter::showBars(const QString &title, const QString &valueLabel, const QStringList &categories,
    const std::vector<Line> &series, double minimum)
{
    reset(title);
    auto *bars = new QBarSeries;
    double top = minimum;
    for (const Line &line : series) {
        auto *set = new QBarSet(line.name);
        for (double v : line.values) {
            set->append(v);
            top = std::max(top, v);
        }
        bars->append(set);
    }
    mChart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(valueLabel);
    yAxis->setLabelFormat(QStringLiteral("%.3f"));
    yAxis->setRange(minimum, top + (top - minimum) * 0.1 + 1e-6);
    mChart->addAxis(xAxis, Qt::AlignBottom);
    mChart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
}

void ChartAdapter::showHistogram(const QString &title, const QString &valueLabel, const QString &countLabel,
    const std::vector<double> &values, int bins, int decimals)
{
    reset(title);
    if (values.empty() || bins < 1)
        return;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const double width = *high > *low ? (*high - *low) / bins : 1.0;
    std::vector<double> counts(std::size_t(bins), 0.0);
    for (double v : values)
        counts[std::size_t(std::min(bins - 1, int((v - *low) / width)))] += 1;
    auto *set = new QBarSet(countLabel);
    QStringList categories;
    const QLocale locale;
    for (int b = 0; b < bins; ++b) {
        set->append(counts[std::size_t(b)]);
        categories << locale.toString(*low + width * (b + 0.5), 'f', decimals);
    }
    auto *bars = new QBarSeries;
    bars->setBarWidth(1.0);
    bars->append(set);
    mChart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setTitleText(valueLabel);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(countLabel);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setRange(0, *std::max_element(counts.begin(), counts.end()) * 1.1);
    mChart->addAxis(xAxis, Qt::AlignBottom);
    mChart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    mChart->legend()->setVisible(false);
}

}  // namespace rw
