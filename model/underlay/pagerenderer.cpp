// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerenderer.h"

#include <QPainter>
#include <QPdfDocument>
#include <QSvgRenderer>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

/// A white page of that size that knows its resolution (kept in the PNG, read back for the scale).
QImage whitePage(QSize size, double dpi)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    return image;
}

}  // namespace

double PageRenderer::fittedDpi(QSizeF sizePt, int dpi)
{
    const double longestIn = std::max(sizePt.width(), sizePt.height()) / 72.0;
    return longestIn > 0 ? std::min(double(dpi), kMaxSidePx / longestIn) : double(dpi);
}

bool PageRenderer::renderSvg(const QByteArray &bytes, const QString &name, int dpi, QImage *image, QString *error)
{
    QSvgRenderer renderer;
    if (!renderer.load(bytes) || !renderer.isValid()) {
        *error = tr("%1 is not a readable SVG drawing.").arg(name);
        return false;
    }
    // SVG user units are CSS pixels: 96 to the inch, 0.75 pt each.
    const QSizeF sizePt = renderer.viewBoxF().size() * 0.75;
    if (!(sizePt.width() > 0 && sizePt.height() > 0) || !std::isfinite(sizePt.width() + sizePt.height())) {
        *error = tr("%1 is an SVG drawing without a size.").arg(name);
        return false;
    }
    const double pageDpi = fittedDpi(sizePt, dpi);
    const QSize size(std::max(1, int(std::lround(sizePt.width() * pageDpi / 72.0))),
        std::max(1, int(std::lround(sizePt.height() * pageDpi / 72.0))));
    QImage page = whitePage(size, pageDpi);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    *image = page;
    return true;
}

namespace {

/// Loads the PDF from a temporary copy (QPdfDocument reads a device asynchronously, a file at once).
QPdfDocument::Error loadPdf(const QByteArray &bytes, QTemporaryFile &file, QPdfDocument &document)
{
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return QPdfDocument::Error::FileNotFound;
    return document.load(file.fileName());
}

}  // namespace

int PageRenderer::pdfPageCount(const QByteArray &bytes)
{
    QTemporaryFile file;
    QPdfDocument document;
    return loadPdf(bytes, file, document) == QPdfDocument::Error::None ? document.pageCount() : 0;
}

bool PageRenderer::renderPdf(
    const QByteArray &bytes, const QString &name, int page, int dpi, QImage *image, QString *error)
{
    QTemporaryFile file;
    QPdfDocument document;
    const QPdfDocument::Error status = loadPdf(bytes, file, document);
    if (status == QPdfDocument::Error::IncorrectPassword) {
        *error = tr("%1 is an encrypted PDF; save the page without a password first.").arg(name);
        return false;
    }
    if (status != QPdfDocument::Error::None || document.pageCount() < 1) {
        *error = tr("%1 is not a readable PDF.").arg(name);
        return false;
    }
    if (page < 1 || page > document.pageCount()) {
        *error = tr("%1 has no page %2; its last page is %3.").arg(name).arg(page).arg(document.pageCount());
        return false;
    }
    const QSizeF sizePt = document.pagePointSize(page - 1);
    const double pageDpi = fittedDpi(sizePt, dpi);
    const QSize size(std::max(1, int(std::lround(sizePt.width() * pageDpi / 72.0))),
        std::max(1, int(std::lround(sizePt.height() * pageDpi / 72.0))));
    const QImage rendered = document.render(page - 1, size);
    if (rendered.isNull()) {
        *error = tr("Page %1 of %2 cannot be drawn.").arg(page).arg(name);
        return false;
    }
    // PDF pages are transparent where nothing is drawn: put them on paper.
    QImage paper = whitePage(rendered.size(), pageDpi);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    painter.end();
    *image = paper;
    return true;
}

}  // namespace rw
