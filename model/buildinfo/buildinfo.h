// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rw::buildinfo {

/// The release version, e.g. "0.1.0" (CMake's project version).
const char *version();
/// The git commit the program was built from (12 hex digits, "-modified" when the tree had uncommitted
/// changes), or "unknown" for a source tree without git.
const char *gitCommit();
/// "0.1.0 (git 0123456789ab)": what --version, the About dialog and the reports print.
const char *versionLine();
/// The CUDA toolkit whose runtime (cudart_static) is linked in; empty when built without the CUDA engine.
const char *cudaRuntimeVersion();

}  // namespace rw::buildinfo
