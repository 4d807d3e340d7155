// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drawtoolstate.h"

namespace rw {

/// Scales the hall's CAD underlay: drag from one point of the drawing to another (both snap to its lines), then
/// enter the true distance between them.
class UnderlayScaleTool : public DrawToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::UnderlayScaleTool)
public:
    using DrawToolState::DrawToolState;
    static QString name() { return tr("Scale underlay"); }
    static QString tip() { return tr("Drag between two points of the underlay, then enter their true distance"); }

protected:
    Preview preview(QPointF start, QPointF end) const override;
    void finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &footprints) override;
};

}  // namespace rw
