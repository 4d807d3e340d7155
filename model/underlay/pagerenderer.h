// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace rw {

/// Turns a vector page into a picture for an underlay: an SVG drawing (Qt SVG) or one page of a PDF (Qt PDF),
/// drawn on white at a stated resolution. Its own small library (rackwerk_pagerenderer), so that only it is
/// compiled against Qt SVG and Qt PDF.
class PageRenderer {
    Q_DECLARE_TR_FUNCTIONS(rw::PageRenderer)
public:
    /// The longest side of a rendered page in pixels; a larger page is drawn at a lower resolution.
    static constexpr int kMaxSidePx = 8000;
    static constexpr int kDefaultDpi = 150;

    /// The SVG drawn at dpi (96 user units per inch, as browsers and Inkscape take them); false with a
    /// translated one-line reason naming `name` for a file that is not a readable SVG or has no size.
    static bool renderSvg(const QByteArray &bytes, const QString &name, int dpi, QImage *image, QString *error);
    /// Page `page` (1 = the first) of the PDF drawn at dpi; false with a translated reason for a file that is
    /// not a readable PDF, is encrypted, or has no such page.
    static bool renderPdf(
        const QByteArray &bytes, const QString &name, int page, int dpi, QImage *image, QString *error);
    /// The number of pages of a readable PDF, 0 for anything else.
    static int pdfPageCount(const QByteArray &bytes);
    /// The pixels per inch a dpi gives for a page of that size in points (1/72 in), lowered so that neither
    /// side exceeds kMaxSidePx.
    static double fittedDpi(QSizeF sizePt, int dpi);
};

}  // namespace rw
