// SPDX-License-Identifier: GPL-3.0-or-later
// A DXF floor plan from anyone: reading refuses with one line or gives finite segments, at most kMaxSegments,
// whose stored form reads back.
#include "fuzzsupport.h"

#include "underlay/dxfreader.h"
#include "underlay/underlaygeometry.h"

#include <cmath>

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::vector<QLineF> segments;
    QString error;
    const bool ok = rw::DxfReader::read(rwfuzz::bytes(data, size), QStringLiteral("fuzz.dxf"), &segments, &error);
    rwfuzz::requireOneLine(error);
    if (!ok)
        return 0;
    rwfuzz::require(!segments.empty() && segments.size() <= rw::DxfReader::kMaxSegments, "a bounded drawing");
    for (const QLineF &s : segments)
        rwfuzz::require(
            std::isfinite(s.x1()) && std::isfinite(s.y1()) && std::isfinite(s.x2()) && std::isfinite(s.y2()),
            "finite coordinates");
    std::vector<QLineF> back;
    rwfuzz::require(rw::UnderlayGeometry::parseSegments(rw::UnderlayGeometry::formatSegments(segments), &back, &error),
        "the stored form reads back");
    return 0;
}
