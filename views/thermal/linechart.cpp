// SPDX-License-Identifier: GPL-3.0-or-later
#include "linechart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rw {

LineChart::LineChart(QWidget *parent) : QWidget(parent), mChart(new QChart), mView(new QChartView(mChart, this))
{
    mChart->setLocalizeNumbers(true);
    mChart->legend()->setAlignment(Qt::AlignBottom);
    mChart->setMargins(QMargins(2, 2, 2, 2));
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setMinimumHeight(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mView);
}

void LineChart::clear()
{
    mChart->removeAllSeries();
    for (QAbstractAxis *axis : mChart->axes()) {
        mChart->removeAxis(axis);  // hands ownership back to us
        delete axis;
    }
}

int LineChart::seriesCount() const
{
    return int(mChart->series().size());
}

void LineChart::setData(const QString &xTitle, const QString &yTitle, const std::vector<Series> &series, bool logY)
{
    clear();
    mChart->setLocale(QLocale());
    double xMin = INFINITY, xMax = -INFINITY, yMin = INFINITY, yMax = -INFINITY;
    std::vector<QLineSeries *> lines;
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        for (const QPointF &p : s.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || (logY && p.y() <= 0))
                continue;
            line->append(p);
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        mChart->addSeries(line);
        if (s.colour.isValid() || s.dashed) {
            QPen pen = line->pen();
            if (s.colour.isValid())
                pen.setColor(s.colour);
            pen.setWidthF(s.dashed ? 1.5 : 2.0);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
        }
        lines.push_back(line);
    }
    if (lines.empty() || !std::isfinite(xMin))
        return;
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(xTitle);
    xAxis->setRange(xMin, xMax > xMin ? xMax : xMin + 1);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    QAbstractAxis *yAxis = nullptr;
    if (logY) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%.0e"));
        axis->setRange(std::pow(10.0, std::floor(std::log10(yMin))), std::pow(10.0, std::ceil(std::log10(yMax))));
        yAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        const double pad = std::max(0.5, 0.05 * (yMax - yMin));
        axis->setRange(std::floor(yMin - pad), std::ceil(yMax + pad));
        axis->setLabelFormat(QStringLiteral("%.0f"));
        yAxis = axis;
    }
    yAxis->setTitleText(yTitle);
    mChart->addAxis(xAxis, Qt::AlignBottom);
    mChart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
}

}  // namespace rw
