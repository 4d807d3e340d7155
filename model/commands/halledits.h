// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>

namespace rw {

/// Changing a hall's outline.
class HallEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::HallEdits)
public:
    /// Sets the hall's width and depth (its origin stays), one undo step named with the new size in
    /// `decimals` decimals. Refused, changing nothing, for a size out of range or a hall that is gone.
    static EditResult resize(PlanEditor &editor, Id hallId, double widthM, double depthM, int decimals = 1);
};

}  // namespace rw
