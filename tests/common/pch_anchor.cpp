// SPDX-License-Identifier: GPL-3.0-or-later
// The translation unit that makes a test folder's precompiled header (cmake/RackwerkBuildSpeed.cmake).
