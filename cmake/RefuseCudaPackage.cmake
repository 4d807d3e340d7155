# SPDX-License-Identifier: GPL-3.0-or-later
# CPack runs this before it packs a build with the CUDA engine (RackwerkPackaging.cmake): such programs hold
# NVIDIA's CUDA runtime, linked statically, which Rackwerk's package must not carry (NOTICE.md).
message(FATAL_ERROR "This build has the CUDA engine (NVIDIA's runtime linked in); the Debian package holds the "
                    "CPU engine only. Configure a build with -DRACKWERK_CUDA=OFF (scripts/dev.sh package does).")
