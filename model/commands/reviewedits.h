// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planeditor.h"
#include "review/reviewfile.h"
#include "review/ruleset.h"

#include <QCoreApplication>

#include <functional>

class QUndoStack;

namespace rw {

/// The reviewer's edits of a review (the bidder's plan stays untouched), each checked first and pushed as
/// an undoable command; the GUI, the CLI and the tests call the same operations.
class ReviewEditor {
    Q_DECLARE_TR_FUNCTIONS(rw::ReviewEditor)
public:
    /// changed is called after every change, undo and redo (to save the review and run the checks again).
    ReviewEditor(Review &review, QUndoStack &stack, std::function<void()> changed = {});

    /// Records an exemption (EnEfG § 11(3), § 12(4)-(6)) with the evidence seen. Refused when the rule set
    /// has no such exemption, the evidence is incomplete, or the same exemption is recorded already.
    EditResult recordExemption(const RuleSet &rules, const RecordedExemption &exemption);
    /// The tender's thresholds, reviewer, notes and confirmations as the tender dialog gives them.
    EditResult setTender(const Review &after);
    /// Removes the recorded exemption of that id.
    EditResult removeExemption(const QString &exemptionId);

private:
    void push(const Review &after, const QString &text);

    Review &mReview;
    QUndoStack &mStack;
    std::function<void()> mChanged;
};

}  // namespace rw
