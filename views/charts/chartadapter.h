// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;

namespace rw {

/// The one place that talks to Qt Charts (deprecated from Qt 6.10 in favour of Qt Graphs: a later move touches
/// this file only). Shows one chart at a time; numbers follow the current locale.
class ChartAdapter : public QWidget {
    Q_OBJECT
public:
    explicit ChartAdapter(QWidget *parent = nullptr);

    /// One band of a fan chart: the area between lower and upper.
    struct Band {
        QString name;
        std::vector<double> lower;
        std::vector<double> upper;
    };
    /// A fan chart over dates: shaded bands and lines (e.g. median, maximum).
    struct Line {
        QString name;
        std::vector<double> values;
    };
    void showFan(const QString &title, const QString &valueLabel, const std::vector<QDate> &dates,
        const std::vector<Band> &bands, const std::vector<Line> &lines);
    /// A curve y(x) with numeric axes.
    void showCurve(const QString &title, const QString &xLabel, const QString &yLabel, const std::vector<double> &x,
        const std::vector<Line> &lines);
    /// Bars per category, one set per series.
    void showBars(const QString &title, const QString &valueLabel, const QStringList &categories,
        const std::vector<Line> &series, double minimum);
    /// Histogram of values in `bins` equal bins.
    void showHistogram(const QString &title, const QString &valueLabel, const QString &countLabel,
        const std::vector<double> &values, int bins, int decimals);
    void clear(const QString &message);

    QString title() const;
    int seriesCount() const;

private:
    void reset(const QString &title);

    QChart *mChart;
    QChartView *mView;
};

}  // namespace rw
