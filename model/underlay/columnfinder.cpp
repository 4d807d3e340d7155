// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfinder.h"

#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace rw {
namespace {

constexpr double kJoinM = 0.001;

/// End points joined by position: a point within kJoinM of one seen before is that one.
class Vertices {
public:
    int at(QPointF p)
    {
        const long long cx = std::llround(p.x() / kJoinM), cy = std::llround(p.y() / kJoinM);
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy)
                if (const auto it = mCells.find({ cx + dx, cy + dy }); it != mCells.end()
                    && std::hypot(mPoints[it->second].x() - p.x(), mPoints[it->second].y() - p.y()) <= kJoinM)
                    return it->second;
        mCells[{ cx, cy }] = int(mPoints.size());
        mPoints.push_back(p);
        return int(mPoints.size()) - 1;
    }
    int count() const { return int(mPoints.size()); }

private:
    std::map<std::pair<long long, long long>, int> mCells;
    std::vector<QPointF> mPoints;
};

int root(std::vector<int> &parent, int v)
{
    while (parent[v] != v)
        v = parent[v] = parent[parent[v]];
    return v;
}

}  // namespace

std::vector<QRectF> ColumnFinder::find(const std::vector<QLineF> &segmentsM, double minSideM, double maxSideM)
{
    const double longest = maxSideM * std::sqrt(2.0) + kJoinM;
    std::vector<std::pair<int, int>> edges;
    std::vector<QLineF> kept;
    Vertices vertices;
    for (const QLineF &s : segmentsM) {
        if (s.length() > longest || s.length() < kJoinM)
            continue;
        edges.emplace_back(vertices.at(s.p1()), vertices.at(s.p2()));
        kept.push_back(s);
    }
    std::vector<int> parent(std::size_t(vertices.count()));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<int> degree(parent.size(), 0);
    for (const auto &[a, b] : edges) {
        parent[std::size_t(root(parent, a))] = root(parent, b);
        ++degree[std::size_t(a)], ++degree[std::size_t(b)];
    }
    // Per figure (connected line work): its extent, and whether it is closed (no loose end).
    struct Figure {
        QRectF box;
        bool closed = true;
        int segments = 0;
    };
    std::map<int, Figure> figures;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        Figure &f = figures[root(parent, edges[i].first)];
        const QRectF extent = QRectF(kept[i].p1(), kept[i].p2()).normalized();
        f.box = f.segments == 0 ? extent : f.box.united(extent);
        ++f.segments;
    }
    for (int v = 0; v < vertices.count(); ++v)
        if (degree[std::size_t(v)] < 2)
            figures[root(parent, v)].closed = false;
    std::vector<QRectF> columns;
    for (const auto &[id, f] : figures) {
        const bool fits = f.box.width() >= minSideM && f.box.height() >= minSideM && f.box.width() <= maxSideM
            && f.box.height() <= maxSideM;
        if (f.closed && f.segments >= 3 && fits)
            columns.push_back(f.box);
    }
    return columns;
}

}  // namespace rw
