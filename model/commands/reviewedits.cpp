// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewedits.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace rw {
namespace {

/// Swaps the whole review: reviews are small, and one state per step keeps undo exact.
class SetReviewCommand : public QUndoCommand {
public:
    SetReviewCommand(Review &review, Review after, std::function<void()> changed, const QString &text)
        : QUndoCommand(text), mReview(review), mBefore(review), mAfter(std::move(after)), mChanged(std::move(changed))
    {
    }
    void redo() override { apply(mAfter); }
    void undo() override { apply(mBefore); }

private:
    void apply(const Review &state)
    {
        mReview = state;
        if (mChanged)
            mChanged();
    }

    Review &mReview;
    Review mBefore;
    Review mAfter;
    std::function<void()> mChanged;
};

}  // namespace

ReviewEditor::ReviewEditor(Review &review, QUndoStack &stack, std::function<void()> changed)
    : mReview(review), mStack(stack), mChanged(std::move(changed))
{
}

EditResult ReviewEditor::recordExemption(const RuleSet &rules, const RecordedExemption &exemption)
{
    const Exemption *ground = rules.exemption(exemption.exemption);
    if (!ground)
        return EditResult::refused(
            tr("The rule set %1 has no exemption “%2”.").arg(rules.id, exemption.exemption.left(80)));
    if (exemption.evidenceKind.trimmed().isEmpty() || exemption.reference.trimmed().isEmpty())
        return EditResult::refused(tr("An exemption needs the kind of evidence seen and its reference."));
    if (!exemption.date.isValid())
        return EditResult::refused(tr("An exemption needs the date of its evidence."));
    const auto &recorded = mReview.exemptions;
    if (std::any_of(recorded.begin(), recorded.end(),
            [&](const RecordedExemption &e) { return e.exemption == exemption.exemption; }))
        return EditResult::refused(tr("This exemption is recorded already: remove it first to record it anew."));
    Review after = mReview;
    RecordedExemption clean = exemption;
    clean.evidenceKind = clean.evidenceKind.trimmed();
    clean.reference = clean.reference.trimmed();
    after.exemptions.push_back(clean);
    push(after, tr("Record exemption: %1").arg(ground->summaryText().left(60)));
    return EditResult::done();
}

EditResult ReviewEditor::setTender(const Review &after)
{
    Review next = after;
    next.exemptions = mReview.exemptions;  // recorded one by one, not by the tender dialog
    if (next == mReview)
        return EditResult::done();
    push(next, tr("Edit tender thresholds"));
    return EditResult::done();
}

EditResult ReviewEditor::removeExemption(const QString &exemptionId)
{
    Review after = mReview;
    const auto removed = std::remove_if(after.exemptions.begin(), after.exemptions.end(),
        [&](const RecordedExemption &e) { return e.exemption == exemptionId; });
    if (removed == after.exemptions.end())
        return EditResult::refused(tr("No exemption “%1” is recorded.").arg(exemptionId.left(80)));
    after.exemptions.erase(removed, after.exemptions.end());
    push(after, tr("Remove exemption"));
    return EditResult::done();
}

void ReviewEditor::push(const Review &after, const QString &text)
{
    mStack.push(new SetReviewCommand(mReview, after, mChanged, text));
}

}  // namespace rw
