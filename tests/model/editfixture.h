// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/testplans.h"

#include "commands/planeditor.h"

#include <QUndoStack>

namespace rwtest {

/// The small test plan with its undo stack and editor, and a snapshot of the plan before the edit under
/// test: for the tests of the named operations in model/commands, which run without a window.
struct EditFixture {
    rw::Plan plan;
    QUndoStack stack;
    rw::PlanEditor editor { plan, stack };
    rw::Plan before;

    EditFixture()
    {
        buildSmallPlan(plan);
        before.assign(plan);
    }

    /// The edit made one undo step; undoing it restores the plan before, redoing the plan after. Returns
    /// what went wrong, or nothing.
    QString oneUndoableStep(const rw::EditResult &result)
    {
        if (!result.ok)
            return QStringLiteral("refused: ") + result.error;
        if (stack.count() != 1)
            return QStringLiteral("%1 undo steps instead of 1").arg(stack.count());
        rw::Plan after;
        after.assign(plan);
        stack.undo();
        if (const QString d = planDifference(plan, before); !d.isEmpty())
            return QStringLiteral("after undo: ") + d;
        stack.redo();
        if (const QString d = planDifference(plan, after); !d.isEmpty())
            return QStringLiteral("after redo: ") + d;
        return {};
    }

    /// The edit was refused with a one-line reason and left the plan and the stack as they were.
    QString refusedWithoutChange(const rw::EditResult &result)
    {
        if (result.ok)
            return QStringLiteral("the edit was accepted");
        if (result.error.isEmpty() || result.error.contains(QLatin1Char('\n')))
            return QStringLiteral("not refused with one line: \"%1\"").arg(result.error);
        if (stack.count() != 0)
            return QStringLiteral("the undo stack changed: %1 steps").arg(stack.count());
        if (const QString d = planDifference(plan, before); !d.isEmpty())
            return QStringLiteral("the plan changed: ") + d;
        return {};
    }
};

}  // namespace rwtest
