// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLineF>

#include <vector>

namespace rw {

/// Reads the line work of a DXF floor plan (with dxflib): LINE, POLYLINE and LWPOLYLINE (closed ones and bulges
/// included), ARC and CIRCLE as chords of at most 5°. Everything is kept in drawing units. Text, hatches,
/// dimensions and block references (INSERT) are not drawn; entities inside block definitions are skipped, as
/// only their references would place them.
class DxfReader {
    Q_DECLARE_TR_FUNCTIONS(rw::DxfReader)
public:
    static constexpr std::size_t kMaxSegments = 2'000'000;

    /// False with a translated one-line error when the bytes are no DXF, hold no line work, a coordinate that is
    /// not finite, or more than kMaxSegments segments.
    static bool read(const QByteArray &bytes, const QString &name, std::vector<QLineF> *segments, QString *error);
};

}  // namespace rw
