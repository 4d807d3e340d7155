// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>

#include <algorithm>

namespace rw {

void BarChart::paint(QPainter &p, const QRectF &target) const
{
    p.save();
    p.translate(target.topLeft());
    p.scale(target.width() / kWidth, target.height() / kHeight);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(26);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 0, kWidth, 50), Qt::AlignCenter, title);
    if (!values.empty()) {
        const double top = std::max(*std::max_element(values.begin(), values.end()), limit) * 1.1;
        const double bottom = std::min(0.0, *std::min_element(values.begin(), values.end()));
        const QRectF area(130, 70, kWidth - 170, kHeight - 150);
        auto yOf = [&](double v) { return area.bottom() - (v - bottom) / (top - bottom) * area.height(); };
        for (int i = 0; i <= 4; ++i) {
            const double v = bottom + (top - bottom) * i / 4.0;
            p.setPen(QPen(Qt::gray, 1));
            p.drawLine(QPointF(area.left(), yOf(v)), QPointF(area.right(), yOf(v)));
            p.setPen(Qt::black);
            p.drawText(QRectF(0, yOf(v) - 20, area.left() - 10, 40), Qt::AlignRight | Qt::AlignVCenter,
                (QLocale().toString(v, 'f', top < 10 ? 2 : 0) + QLatin1Char(' ') + unit).trimmed());
        }
        const double slot = area.width() / double(values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            const QRectF bar(
                area.left() + slot * double(i) + slot * 0.15, yOf(values[i]), slot * 0.7, yOf(bottom) - yOf(values[i]));
            p.fillRect(bar, QColor(0x2e, 0x6f, 0xb4));
            if (i < std::size_t(labels.size()))
                p.drawText(QRectF(area.left() + slot * double(i), area.bottom() + 5, slot, 40), Qt::AlignCenter,
                    labels.at(qsizetype(i)));
        }
        if (limit > 0) {
            p.setPen(QPen(QColor(0xc0, 0x30, 0x30), 4, Qt::DashLine));
            p.drawLine(QPointF(area.left(), yOf(limit)), QPointF(area.right(), yOf(limit)));
        }
    }
    p.restore();
}

QImage BarChart::image() const
{
    QImage picture(kWidth, kHeight, QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    paint(painter, QRectF(0, 0, kWidth, kHeight));
    return picture;
}

void ReportPictureHandler::addVector(const QString &name, Painter paint, double aspect)
{
    mVectors[name] = { std::move(paint), aspect };
}

void ReportPictureHandler::install(QTextDocument *document)
{
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

QSizeF ReportPictureHandler::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QTextImageFormat picture = format.toImageFormat();
    double aspect = 1;
    QSizeF natural;
    if (const auto vector = mVectors.find(picture.name()); vector != mVectors.end()) {
        aspect = vector->second.aspect;
        natural = QSizeF(BarChart::kWidth, BarChart::kWidth * aspect);
    } else {
        const QImage image = document->resource(QTextDocument::ImageResource, QUrl(picture.name())).value<QImage>();
        if (image.isNull())
            return {};
        aspect = double(image.height()) / image.width();
        natural = image.size();
    }
    QSizeF size = natural;
    if (picture.width() > 0)
        size = QSizeF(picture.width(), picture.height() > 0 ? picture.height() : picture.width() * aspect);
    // HTML widths are CSS pixels (96 per inch), as Qt's own image handler counts them.
    if (const QPaintDevice *device = document->documentLayout()->paintDevice())
        size *= device->logicalDpiX() / 96.0;
    return size;
}

void ReportPictureHandler::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *document, int, const QTextFormat &format)
{
    const QString name = format.toImageFormat().name();
    if (const auto vector = mVectors.find(name); vector != mVectors.end()) {
        vector->second.paint(*painter, rect);
        return;
    }
    const QImage image = document->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
    if (!image.isNull())
        painter->drawImage(rect, image);
}

}  // namespace rw
