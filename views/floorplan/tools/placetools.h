// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drawtoolstate.h"

namespace rw {

/// Places a cooling unit of the chosen kind and facing where the button is released.
class CoolingUnitTool : public DrawToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::CoolingUnitTool)
public:
    using DrawToolState::DrawToolState;
    static QString name() { return tr("Cooling unit"); }
    static QString tip() { return tr("Click to place a cooling unit of the chosen kind"); }

protected:
    Preview preview(QPointF start, QPointF end) const override;
    void finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &footprints) override;
};

/// Places a power node (PDU, RPP, busway) of the chosen kind where the button is released.
class PowerNodeTool : public DrawToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::PowerNodeTool)
public:
    using DrawToolState::DrawToolState;
    static QString name() { return tr("Power node"); }
    static QString tip() { return tr("Click to place a PDU, RPP or busway"); }

protected:
    Preview preview(QPointF start, QPointF end) const override;
    void finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &footprints) override;
};

/// Opens the in-place text editor where the button is released; the label is added when its text is
/// entered.
class LabelTool : public DrawToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::LabelTool)
public:
    using DrawToolState::DrawToolState;
    static QString name() { return tr("Label"); }
    static QString tip()
    {
        return tr("Click to place a text label, type its text, Enter; double-click a label or press F2 to change "
                  "its text");
    }

protected:
    Preview preview(QPointF start, QPointF end) const override;
    void finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &footprints) override;
};

}  // namespace rw
