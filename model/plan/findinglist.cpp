// SPDX-License-Identifier: GPL-3.0-or-later
#include "findinglist.h"

#include "i18n/oneline.h"

#include <QLocale>

namespace rw {

std::size_t FindingList::room(int check) const
{
    if (mMode == Mode::FirstError)
        return done() ? 0 : 1;
    const auto it = mKinds.find(check);
    const std::size_t listed = it == mKinds.end() ? 0 : it->second.listed;
    return listed < mLimit ? mLimit - listed : 0;
}

void FindingList::add(int check, Finding finding)
{
    finding.message = oneLine(finding.message);  // names from files may hold line breaks
    if (mMode == Mode::FirstError) {
        if (!done() && finding.severity == Finding::Severity::Error)
            mFindings.push_back(std::move(finding));
        return;
    }
    Kind &kind = mKinds[check];
    kind.severity = finding.severity;
    kind.entityKind = finding.kind;
    if (kind.listed >= mLimit) {
        ++kind.unlisted;
        return;
    }
    ++kind.listed;
    kind.lastIndex = mFindings.size();
    mFindings.push_back(std::move(finding));
}

void FindingList::addUnlisted(int check, Finding::Severity severity, EntityKind entityKind, std::int64_t count)
{
    if (mMode == Mode::FirstError || count <= 0)
        return;
    Kind &kind = mKinds[check];
    kind.severity = severity;
    kind.entityKind = entityKind;
    kind.unlisted += count;
}

std::vector<Finding> FindingList::take()
{
    // Each summary goes right after the last listed finding of its kind, and names it as the example.
    const QLocale locale;
    std::multimap<std::size_t, Finding> summaries;
    for (const auto &[check, kind] : mKinds) {
        if (kind.unlisted <= 0)
            continue;
        const QString count = locale.toString(qlonglong(kind.unlisted));
        const QString message = kind.listed > 0
            ? tr("...and %1 more like this: %2").arg(count, mFindings[kind.lastIndex].message)
            : tr("...and %1 more of this kind.").arg(count);
        summaries.emplace(kind.listed > 0 ? kind.lastIndex : mFindings.size(),
            Finding { kind.severity, kind.entityKind, QVariant(), message, kind.unlisted });
    }
    std::vector<Finding> out;
    out.reserve(mFindings.size() + summaries.size());
    auto next = summaries.begin();
    for (std::size_t i = 0; i <= mFindings.size(); ++i) {
        if (i < mFindings.size())
            out.push_back(std::move(mFindings[i]));
        for (; next != summaries.end() && next->first == i; ++next)
            out.push_back(std::move(next->second));
    }
    mFindings.clear();
    mKinds.clear();
    return out;
}

}  // namespace rw
