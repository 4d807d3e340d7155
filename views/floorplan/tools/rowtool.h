// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drawtoolstate.h"

namespace rw {

/// Drags out a row of racks of the chosen template: as many as fit the dragged length.
class RowTool : public DrawToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::RowTool)
public:
    using DrawToolState::DrawToolState;
    static QString name() { return tr("Rack row"); }
    static QString tip() { return tr("Drag out a row: as many racks as fit the dragged length"); }

protected:
    Preview preview(QPointF start, QPointF end) const override;
    void finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &footprints) override;

private:
    Rack prototype() const;
};

}  // namespace rw
