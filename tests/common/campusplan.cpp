// SPDX-License-Identifier: GPL-3.0-or-later
#include "campusplan.h"

#include "analysis/powernetwork.h"
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

std::vector<rw::Id> buildConnectedCampus(rw::Plan &plan, int halls, double transformerKw, int transformersPerSide)
{
    buildDemoCampus(plan, halls);
    std::vector<std::pair<rw::Id, rw::FeedSide>> feeds;  // the halls' grid feeds (the network reads the plan)
    {
        const rw::PowerNetwork separate(plan);
        for (std::size_t i = 0; i < separate.size(); ++i) {
            if (separate.isSource(i) && !separate.isStandbySource(i))
                feeds.emplace_back(separate.idAt(i), separate.node(i).side);
        }
    }
    rw::PlanFiller filler(plan);
    std::vector<rw::Id> added;
    const auto node = [&](const QString &name, rw::PowerNodeKind kind, rw::FeedSide side, double kw) {
        rw::PowerNode n;
        n.id = plan.allocateId();
        n.name = name;
        n.kind = kind;
        n.side = side;
        n.ratingKw = kw;
        if (kind == rw::PowerNodeKind::Transformer) {
            n.efficiency25 = 0.990;
            n.efficiency50 = 0.994;
            n.efficiency75 = 0.995;
            n.efficiency100 = 0.993;
        }
        filler.insert(n);
        added.push_back(n.id);
        return n.id;
    };
    const auto link = [&](rw::Id from, rw::Id to) { filler.insert(rw::PowerLink { plan.allocateId(), from, to }); };
    const rw::Id circuits[] = {
        node(QStringLiteral("Grid circuit 1"), rw::PowerNodeKind::UtilityFeed, rw::FeedSide::None, 0.0),
        node(QStringLiteral("Grid circuit 2"), rw::PowerNodeKind::UtilityFeed, rw::FeedSide::None, 0.0),
    };
    for (const rw::FeedSide side : { rw::FeedSide::A, rw::FeedSide::B }) {
        const QString letter = side == rw::FeedSide::A ? QStringLiteral("A") : QStringLiteral("B");
        const rw::Id board = node(QStringLiteral("MV 20 kV %1").arg(letter), rw::PowerNodeKind::Switchboard, side, 0.0);
        for (int t = 1; t <= transformersPerSide; ++t) {
            const rw::Id transformer = node(QStringLiteral("TX 110 kV %1%2").arg(letter).arg(t),
                rw::PowerNodeKind::Transformer, side, transformerKw);
            for (const rw::Id circuit : circuits)
                link(circuit, transformer);
            link(transformer, board);
        }
        for (const auto &[feed, feedSide] : feeds) {
            if (feedSide == side || (feedSide == rw::FeedSide::None && side == rw::FeedSide::A))
                link(board, feed);
        }
    }
    return added;
}

void appendPlanCopy(const rw::Plan &source, rw::Plan &target, const QString &suffix)
{
    const rw::Id offset = target.nextId();
    HallCopier(source, target, offset, suffix).copy();
    target.reserveIds(offset + source.nextId());
}

}  // namespace rwtest
