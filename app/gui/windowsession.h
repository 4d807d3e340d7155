// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rw {

class MainWindow;

/// What Rackwerk keeps between sessions in QSettings: the window's size and place, the docks' layout and
/// the plan that was open (its path and whether it was opened read-only). Saved when the window closes.
class WindowSession {
public:
    static void save(const MainWindow &window);
    /// Puts the window and its docks where the last session left them; nothing when none was saved.
    static void restoreLayout(MainWindow &window);
    /// Opens the plan of the last session if it still exists. Returns whether a plan was opened.
    static bool reopenLastPlan(MainWindow &window);
    /// The plan file the last session had open; empty when it had none (or an unsaved plan).
    static QString lastPlanPath();
};

}  // namespace rw
