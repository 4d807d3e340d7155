// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

#include <functional>
#include <map>
#include <vector>

class QPainter;
class QTextDocument;

namespace rw {

/// A bar chart of the report, drawn with a painter: as vectors (lines and real text) in the PDF.
struct BarChart {
    static constexpr int kWidth = 1600;  ///< the drawing's own units; it is scaled to where it goes
    static constexpr int kHeight = 700;

    QString title;
    QStringList labels;
    std::vector<double> values;
    QString unit;
    double limit = -1;  ///< drawn as a dashed line where > 0

    /// Draws the chart scaled into area.
    void paint(QPainter &painter, const QRectF &area) const;
    /// The chart as a picture, for places that take only pictures.
    QImage image() const;
};

/// Draws the pictures of a QTextDocument: those with a painter function (the charts) as vectors, the
/// others (floor plans) from their image resource. Registered for QTextFormat::ImageObject, so that the
/// report's HTML keeps its plain <img src="..." width="..."> tags.
class ReportPictureHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using Painter = std::function<void(QPainter &, const QRectF &)>;
    explicit ReportPictureHandler(QObject *parent = nullptr) : QObject(parent) { }

    /// name is the <img src> of the picture; aspect is its height / width.
    void addVector(const QString &name, Painter paint, double aspect);
    /// Takes over the drawing of the document's pictures.
    void install(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
        const QTextFormat &format) override;

private:
    struct Vector {
        Painter paint;
        double aspect = 1;
    };
    std::map<QString, Vector> mVectors;
};

}  // namespace rw
