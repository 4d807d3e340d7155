// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxfreader.h"

#include "i18n/oneline.h"

#include <dxflib/dl_creationadapter.h>
#include <dxflib/dl_dxf.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <numbers>
#include <optional>
#include <sstream>

namespace rw {
namespace {

constexpr double kMaxChordDeg = 5.0;

/// Collects segments as dxflib reports the entities.
class SegmentCollector : public DL_CreationAdapter {
public:
    std::vector<QLineF> segments;
    bool notFinite = false;
    bool tooMany = false;

    void addLine(const DL_LineData &d) override
    {
        finishPolyline();
        add(QPointF(d.x1, d.y1), QPointF(d.x2, d.y2));
    }
    void addArc(const DL_ArcData &d) override
    {
        finishPolyline();
        if (!std::isfinite(d.angle1) || !std::isfinite(d.angle2)) {
            notFinite = true;
            return;
        }
        // Angles are directions, so any whole turns in them mean nothing: the arc runs counter-clockwise from
        // angle1 to angle2, (0, 360] degrees (equal angles are the whole circle). Reducing with fmod keeps
        // angles like 1e78 from looping or asking for a chord per 5 degrees of their size.
        const double start = std::fmod(d.angle1, 360.0);
        double sweep = std::fmod(d.angle2 - d.angle1, 360.0);
        if (!std::isfinite(sweep))
            sweep = std::fmod(std::fmod(d.angle2, 360.0) - start, 360.0);
        if (sweep <= 0.0)
            sweep += 360.0;
        addArcPoints(QPointF(d.cx, d.cy), d.radius, start, sweep);
    }
    void addCircle(const DL_CircleData &d) override
    {
        finishPolyline();
        addArcPoints(QPointF(d.cx, d.cy), d.radius, 0.0, 360.0);
    }
    void addPolyline(const DL_PolylineData &d) override
    {
        finishPolyline();
        mPolyline.emplace();
        mPolylineClosed = (d.flags & 1) != 0;
    }
    void addVertex(const DL_VertexData &d) override
    {
        if (mPolyline)
            mPolyline->push_back({ QPointF(d.x, d.y), d.bulge });
    }
    void endSequence() override { finishPolyline(); }
    void addBlock(const DL_BlockData &) override
    {
        finishPolyline();
        ++mBlockDepth;
    }
    void endBlock() override
    {
        finishPolyline();
        mBlockDepth = std::max(0, mBlockDepth - 1);
    }
    void addText(const DL_TextData &) override { finishPolyline(); }
    void addMText(const DL_MTextData &) override { finishPolyline(); }
    void addInsert(const DL_InsertData &) override { finishPolyline(); }

    void finishPolyline()
    {
        if (!mPolyline)
            return;
        const std::vector<Vertex> points = std::move(*mPolyline);
        mPolyline.reset();
        const std::size_t n = points.size();
        const std::size_t edges = mPolylineClosed ? n : (n > 0 ? n - 1 : 0);
        for (std::size_t i = 0; i < edges && n > 1; ++i)
            addEdge(points[i].at, points[(i + 1) % n].at, points[i].bulge);
    }

private:
    struct Vertex {
        QPointF at;
        double bulge;  ///< tan(sweep / 4) of the arc to the next vertex; 0 = straight
    };

    void add(QPointF a, QPointF b)
    {
        if (mBlockDepth > 0)
            return;
        if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) || !std::isfinite(b.y())) {
            notFinite = true;
            return;
        }
        if (segments.size() >= DxfReader::kMaxSegments) {
            tooMany = true;
            return;
        }
        segments.emplace_back(a, b);
    }

    void addArcPoints(QPointF centre, double radius, double startDeg, double sweepDeg)
    {
        if (!(radius > 0.0) || !std::isfinite(radius) || !std::isfinite(startDeg) || !std::isfinite(sweepDeg)) {
            notFinite = notFinite || !std::isfinite(radius);
            return;
        }
        // Callers give at most one turn; a chord per kMaxChordDeg of it.
        const int chords = std::max(1, int(std::ceil(std::min(std::abs(sweepDeg), 360.0) / kMaxChordDeg)));
        const double step = sweepDeg / chords * std::numbers::pi / 180.0;
        const double start = startDeg * std::numbers::pi / 180.0;
        QPointF previous = centre + radius * QPointF(std::cos(start), std::sin(start));
        for (int i = 1; i <= chords; ++i) {
            const double angle = start + step * i;
            const QPointF next = centre + radius * QPointF(std::cos(angle), std::sin(angle));
            add(previous, next);
            previous = next;
        }
    }

    /// A polyline edge: straight, or an arc whose bulge is tan(sweep / 4), positive counter-clockwise.
    void addEdge(QPointF a, QPointF b, double bulge)
    {
        const double chord = std::hypot(b.x() - a.x(), b.y() - a.y());
        if (std::abs(bulge) < 1e-9 || chord == 0.0 || !std::isfinite(bulge)) {
            add(a, b);
            return;
        }
        const double sweep = 4.0 * std::atan(bulge);
        const double radius = chord / (2.0 * std::sin(std::abs(sweep) / 2.0));
        // The centre lies on the chord's perpendicular bisector, to the left for a counter-clockwise arc.
        const QPointF middle = (a + b) / 2.0;
        const QPointF towardsLeft(-(b.y() - a.y()) / chord, (b.x() - a.x()) / chord);
        const double fromMiddle = radius * std::cos(std::abs(sweep) / 2.0);
        const QPointF centre = middle + towardsLeft * (bulge > 0 ? fromMiddle : -fromMiddle);
        const double startDeg = std::atan2(a.y() - centre.y(), a.x() - centre.x()) * 180.0 / std::numbers::pi;
        addArcPoints(centre, radius, startDeg, sweep * 180.0 / std::numbers::pi);
        if (mBlockDepth == 0 && !segments.empty())
            segments.back().setP2(b);  // end exactly on the next vertex
    }

    std::optional<std::vector<Vertex>> mPolyline;
    bool mPolylineClosed = false;
    int mBlockDepth = 0;
};

/// dxflib allocates an array as long as an entity says before reading its points (an LWPOLYLINE's vertex
/// count, code 90; a SPLINE's knots, control and fit points, 72 to 74; a LEADER's vertices, 76), with int
/// arithmetic: a file that claims billions asks for terabytes or overflows. No entity can hold more points
/// than the file has lines, so a count above that (or outside int) is refused before dxflib sees it.
/// Returns the 1-based line of the first such count, or 0.
int lineOfImpossibleCount(const QByteArray &bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    const long long mostPoints = lines.size() / 2;
    QByteArray entity;
    for (qsizetype i = 0; i + 1 < lines.size(); i += 2) {
        bool isCode = false;
        const int code = lines[i].trimmed().toInt(&isCode);
        if (!isCode)
            continue;
        const QByteArray value = lines[i + 1].trimmed();
        if (code == 0) {
            entity = value.toUpper();
            continue;
        }
        const bool allocates = (entity == "LWPOLYLINE" && code == 90)
            || (entity == "SPLINE" && (code == 72 || code == 73 || code == 74)) || (entity == "LEADER" && code == 76);
        if (!allocates)
            continue;
        // dxflib reads the count with strtol: leading digits count, the rest is ignored.
        const long long count = std::strtoll(value.constData(), nullptr, 10);
        if (count > mostPoints || count < std::numeric_limits<int>::min())
            return int(std::min<qsizetype>(i + 2, std::numeric_limits<int>::max()));
    }
    return 0;
}

}  // namespace

bool DxfReader::read(const QByteArray &bytes, const QString &name, std::vector<QLineF> *segments, QString *error)
{
    // A DXF opens with group code 0 and SECTION (after optional white space and comments, code 999).
    const QByteArray head = bytes.left(4096).simplified();
    if (!(head.startsWith("0 SECTION") || head.startsWith("999 "))) {
        *error
            = oneLine(tr("%1 is not a DXF drawing in text form (it must start with \"0\" and \"SECTION\").").arg(name));
        return false;
    }
    if (const int line = lineOfImpossibleCount(bytes)) {
        *error = oneLine(tr("%1, line %L2: an entity declares more points than the file holds.").arg(name).arg(line));
        return false;
    }
    SegmentCollector collector;
    std::istringstream stream(bytes.toStdString());
    DL_Dxf dxf;
    if (!dxf.in(stream, &collector)) {
        *error = oneLine(tr("%1 could not be read as a DXF drawing.").arg(name));
        return false;
    }
    collector.finishPolyline();
    if (collector.notFinite) {
        *error = oneLine(tr("%1 holds a coordinate or radius that is not a finite number.").arg(name));
        return false;
    }
    if (collector.tooMany) {
        *error = oneLine(tr("%1 holds more than %L2 line segments; simplify the drawing first.")
                             .arg(name)
                             .arg(qulonglong(kMaxSegments)));
        return false;
    }
    if (collector.segments.empty()) {
        *error = oneLine(tr("%1 holds no lines, polylines, arcs or circles outside block definitions.").arg(name));
        return false;
    }
    *segments = std::move(collector.segments);
    return true;
}

}  // namespace rw
