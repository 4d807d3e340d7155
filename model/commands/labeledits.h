// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>
#include <QPointF>

namespace rw {

/// Text labels on a hall's floor plan.
class LabelEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::LabelEdits)
public:
    /// Adds a label with `text` centred at `atM`; the result's id is the label's. Refused for empty text.
    static EditResult add(PlanEditor &editor, Id hallId, QPointF atM, const QString &text);
    /// Changes a label's text; refused for empty text and for a label that is gone.
    static EditResult setText(PlanEditor &editor, Id labelId, const QString &text);
};

}  // namespace rw
