// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace rw {

/// Identifier of a plan entity; unique within one plan, never reused, 0 = none.
using Id = qint64;
constexpr Id kNoId = 0;

}  // namespace rw
