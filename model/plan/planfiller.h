// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

namespace rw {

/// Fills a plan that is not being edited: one the store or a JSON file is read into, the demo plan, a new
/// plan before it is shown, and test fixtures. A plan the user edits changes only through the undoable
/// commands of model/commands (Plan's mutating members are private to them and to this class), and
/// tests/check_plan_mutations.cmake keeps PlanFiller out of views/ and app/.
class PlanFiller {
public:
    explicit PlanFiller(Plan &plan) : mPlan(plan) { }

    template <class T> PlanFiller &insert(const T &entity)
    {
        mPlan.insert(entity);
        return *this;
    }
    template <class T> PlanFiller &replace(const T &entity)
    {
        mPlan.replace(entity);
        return *this;
    }
    template <class T> T take(const typename EntityTraits<T>::Key &key) { return mPlan.template take<T>(key); }
    PlanFiller &setSite(const Site &site)
    {
        mPlan.setSite(site);
        return *this;
    }

private:
    Plan &mPlan;
};

}  // namespace rw
