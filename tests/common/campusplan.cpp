// SPDX-License-Identifier: GPL-3.0-or-later
#include "campusplan.h"

#include "demo/demoplan.h"
#include "plan/planfiller.h"

namespace rwtest {
namespace {

/// Copies every entity of `demo` with its ids (and the ids it refers to) moved up by `offset`.
class HallCopier {
public:
    HallCopier(const rw::Plan &demo, rw::Plan &campus, rw::Id offset, const QString &suffix)
        : mDemo(demo), mTarget(campus), mFiller(campus), mOffset(offset), mSuffix(suffix)
    {
    }

    void copy()
    {
        for (const auto &[key, type] : mDemo.all<rw::DeviceType>()) {
            if (!mTarget.find<rw::DeviceType>(key))
                mFiller.insert(type);
        }
        for (auto [id, hall] : mDemo.all<rw::Hall>()) {
            hall.id = moved(hall.id);
            hall.name += mSuffix;
            mFiller.insert(hall);
        }
        copyAll<rw::Obstacle>([&](rw::Obstacle &o) { o.hallId = moved(o.hallId); });
        copyAll<rw::Row>([&](rw::Row &r) { r.hallId = moved(r.hallId); });
        copyAll<rw::PowerNode>([&](rw::PowerNode &n) {
            n.hallId = moved(n.hallId);
            n.name += mSuffix;
        });
        copyAll<rw::PowerLink>([&](rw::PowerLink &l) {
            l.fromId = moved(l.fromId);
            l.toId = moved(l.toId);
        });
        copyAll<rw::Rack>([&](rw::Rack &r) {
            r.hallId = moved(r.hallId);
            r.rowId = moved(r.rowId);
            r.feedA = moved(r.feedA);
            r.feedB = moved(r.feedB);
        });
        copyAll<rw::MountedDevice>([&](rw::MountedDevice &d) { d.rackId = moved(d.rackId); });
        copyAll<rw::CoolingUnit>([&](rw::CoolingUnit &u) {
            u.hallId = moved(u.hallId);
            u.feedId = moved(u.feedId);
            u.name += mSuffix;
        });
        copyAll<rw::Label>([&](rw::Label &l) { l.hallId = moved(l.hallId); });
    }

private:
    rw::Id moved(rw::Id id) const { return id == rw::kNoId ? id : id + mOffset; }

    template <class T, class F> void copyAll(F &&adjust)
    {
        for (auto [id, entity] : mDemo.all<T>()) {
            entity.id = moved(entity.id);
            adjust(entity);
            mFiller.insert(entity);
        }
    }

    const rw::Plan &mDemo;
    const rw::Plan &mTarget;
    rw::PlanFiller mFiller;
    rw::Id mOffset;
    QString mSuffix;
};

}  // namespace

void buildDemoCampus(rw::Plan &plan, int halls)
{
    rw::buildDemoPlan(plan);
    if (halls <= 1)
        return;
    rw::Plan demo;
    rw::buildDemoPlan(demo);
    const rw::Id stride = demo.nextId();
    for (int copy = 1; copy < halls; ++copy)
        HallCopier(demo, plan, stride * rw::Id(copy), QStringLiteral(" #%1").arg(copy + 1)).copy();
    plan.reserveIds(stride * rw::Id(halls));
}

void appendPlanCopy(const rw::Plan &source, rw::Plan &target, const QString &suffix)
{
    const rw::Id offset = target.nextId();
    HallCopier(source, target, offset, suffix).copy();
    target.reserveIds(offset + source.nextId());
}

}  // namespace rwtest
