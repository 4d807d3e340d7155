// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadprojection.h"

#include <QJsonObject>

namespace rw {

/// The JSON form of a load projection (rackwerk-cli load --json); keys are stable, documented in
/// docs/load-projection.md.
QJsonObject loadProjectionJson(const LoadProjectionResult &result);

}  // namespace rw
