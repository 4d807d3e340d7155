// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rw {

/// The table of every stored field (name, type, allowed values) as Markdown, generated from the
/// field definitions that the store, the JSON form and validation use, so the documentation of the
/// JSON form cannot drift from the code (docs/plan-json.md embeds it; a test compares).
QString fieldReferenceMarkdown();

}  // namespace rw
