// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QStringList>

namespace rw::cli {

/// Takes "--name VALUE" out of args; returns false if the option is there without a value.
bool takeOption(QStringList &args, const QString &name, QString *value);
bool takeFlag(QStringList &args, const QString &name);
/// The first argument left after a command took its options that looks like an option ("--bogus", "-x"),
/// or an empty string.
QString leftoverOption(const QStringList &args);
/// The absolute path, with the platform's separators, for messages about files.
QString fullPath(const QString &path);
/// Loads a plan file (.rackwerk, or .json in the exchange form) or a bundled plan by name (BuiltInPlans). *details gets more
/// lines about a failure where there are some (for --verbose).
bool loadPlan(const QString &source, Plan *plan, QString *error, QString *details = nullptr);

}  // namespace rw::cli
