// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QCoreApplication>

#include <cstdint>
#include <map>
#include <vector>

namespace rw {

/// Collects findings for PlanValidator: each kind (a check) up to a limit, then only counted; at the end
/// one more finding per kind says how many were left out. In first-error mode it keeps only the first
/// error and tells the checks to stop.
class FindingList {
    Q_DECLARE_TR_FUNCTIONS(rw::FindingList)
public:
    enum class Mode { All, FirstError };
    FindingList(Mode mode, std::size_t maxListedPerKind) : mMode(mode), mLimit(maxListedPerKind) { }

    /// True once a first-error list has its error: the checks may stop.
    bool done() const { return mMode == Mode::FirstError && !mFindings.empty(); }
    bool wantsWarnings() const { return mMode == Mode::All; }
    /// How many more findings of this check would be listed.
    std::size_t room(int check) const;

    /// `check` names the kind of finding (one per message), for the limit.
    void add(int check, Finding finding);
    /// Findings of a check that were counted but never built.
    void addUnlisted(int check, Finding::Severity severity, EntityKind kind, std::int64_t count);

    /// The findings, each kind's summary right after its last listed finding.
    std::vector<Finding> take();

private:
    struct Kind {
        std::size_t listed = 0;
        std::int64_t unlisted = 0;
        Finding::Severity severity = Finding::Severity::Warning;
        EntityKind entityKind = EntityKind::Site;
        std::size_t lastIndex = 0;  ///< in mFindings
    };
    Mode mMode;
    std::size_t mLimit;
    std::vector<Finding> mFindings;
    std::map<int, Kind> mKinds;
};

}  // namespace rw
