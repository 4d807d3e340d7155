// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;

namespace rw {

/// A small line chart over Qt Charts: the thermal views hand in plain series and never touch the
/// charts API. Numbers on the axes follow the current locale.
class LineChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        std::vector<QPointF> points;
        QColor colour;  ///< invalid: the theme's next colour
        bool dashed = false;
    };

    explicit LineChart(QWidget *parent = nullptr);

    /// Replaces the chart. logY: logarithmic value axis (points <= 0 are left out).
    void setData(const QString &xTitle, const QString &yTitle, const std::vector<Series> &series, bool logY = false);
    void clear();
    int seriesCount() const;
    QChart *chart() const { return mChart; }

private:
    QChart *mChart;
    QChartView *mView;
};

}  // namespace rw
