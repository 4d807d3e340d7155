// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalreasons.h"

#include "analysis/thermalsanity.h"
#include "plan/footprint.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace rw {
namespace {

using engine::ThermalFace;

/// Air slower than this no longer carries anything anywhere: the trace ends in still air.
constexpr float kStillAirMPerS = 0.03f;
/// Seeds per side of a rack's intake face.
constexpr int kSeedsPerSide = 4;
/// A unit's supply this much above its set point is part of a reason.
constexpr float kWorthSayingK = 2.0f;

/// Where a backward trace ended.
struct TraceEnd {
    enum class Kind { RackExhaust, CoolerSupply, StillAir, Wall, TooLong };
    Kind kind = Kind::TooLong;
    int index = -1;  ///< rack or cooler index in the case
    float maxZM = 0.0f;  ///< highest point of the path
    float hottestC = -1e30f;  ///< hottest air on the path, and where
    float hottestAt[3] = { 0, 0, 0 };
    std::vector<std::array<float, 3>> points;  ///< every few steps, for the route
};

/// The solved field with the faces where air enters the room tagged on the cells in front of them.
class Tracer {
public:
    Tracer(const engine::ThermalCase &c, const engine::ThermalFields &f) : mCase(c), mFields(f), mGrid(f.grid)
    {
        mTags.assign(mGrid.cellCount(), -1);
        for (std::size_t r = 0; r < c.racks.size(); ++r)
            tag(c.racks[r].exhaust, int(r));
        for (std::size_t u = 0; u < c.coolers.size(); ++u)
            for (const ThermalFace &face : c.coolers[u].supply)
                tag(face, int(c.racks.size() + u));
    }

    /// Follows the air backwards from p until it meets a rack exhaust (not `ownRack`'s at the start) or
    /// a cooler supply.
    TraceEnd trace(std::array<float, 3> p, int ownRack) const
    {
        TraceEnd end;
        const float h = mGrid.cellM;
        const float step = h / 2;
        const float longest = 2.0f * (mCase.sizeM[0] + mCase.sizeM[1] + mCase.sizeM[2]);
        for (int n = 0; float(n) * step < longest; ++n) {
            long long cell = cellAt(p);
            if (cell < 0 || mFields.solid[std::size_t(cell)]) {
                end.kind = TraceEnd::Kind::Wall;
                return end;
            }
            const int t = mTags[std::size_t(cell)];
            if (t >= 0 && (n > 0 || t != ownRack)) {
                const bool rack = t < int(mCase.racks.size());
                end.kind = rack ? TraceEnd::Kind::RackExhaust : TraceEnd::Kind::CoolerSupply;
                end.index = rack ? t : t - int(mCase.racks.size());
                return end;
            }
            const float temperature = mFields.temperatureC[std::size_t(cell)];
            // The first cells in front of the intake hold the inlet air itself.
            if (n >= 3 && std::isfinite(temperature) && temperature > end.hottestC) {
                end.hottestC = temperature;
                std::copy(p.begin(), p.end(), end.hottestAt);
            }
            end.maxZM = std::max(end.maxZM, p[2]);
            if (n % 4 == 0)
                end.points.push_back(p);
            float u[3];
            velocity(p, u);
            const float speed = std::sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
            if (speed < kStillAirMPerS) {
                end.kind = TraceEnd::Kind::StillAir;
                return end;
            }
            for (int d = 0; d < 3; ++d)
                p[std::size_t(d)] -= step * u[d] / speed;
        }
        return end;
    }

    /// The hottest air within `reachM` of a face, on its room side: where heat reaches it from the side.
    void hottestNear(const ThermalFace &face, float reachM, float *tempC, float *at) const
    {
        const float h = mGrid.cellM;
        const int n[3] = { mGrid.nx, mGrid.ny, mGrid.nz };
        int from[3], to[3];
        for (int d = 0; d < 3; ++d) {
            from[d] = std::clamp(int(std::floor((face.box.minM[d] - reachM) / h)), 0, n[d] - 1);
            to[d] = std::clamp(int(std::ceil((face.box.maxM[d] + reachM) / h)) - 1, from[d], n[d] - 1);
        }
        *tempC = -1e30f;
        for (int k = from[2]; k <= to[2]; ++k)
            for (int j = from[1]; j <= to[1]; ++j)
                for (int i = from[0]; i <= to[0]; ++i) {
                    const std::size_t cell = mGrid.index(i, j, k);
                    const float t = mFields.temperatureC[cell];
                    const float centre[3] = { (i + 0.5f) * h, (j + 0.5f) * h, (k + 0.5f) * h };
                    const int a = face.normalAxis;
                    const bool roomSide = (centre[a] - face.box.minM[a]) * float(face.normalSign) > 0;
                    if (!mFields.solid[cell] && roomSide && std::isfinite(t) && t > *tempC) {
                        *tempC = t;
                        std::copy(centre, centre + 3, at);
                    }
                }
    }

private:
    long long cellAt(const std::array<float, 3> &p) const
    {
        const int n[3] = { mGrid.nx, mGrid.ny, mGrid.nz };
        int c[3];
        for (int d = 0; d < 3; ++d) {
            c[d] = int(std::floor(p[std::size_t(d)] / mGrid.cellM));
            if (c[d] < 0 || c[d] >= n[d])
                return -1;
        }
        return (long long)mGrid.index(c[0], c[1], c[2]);
    }

    /// Trilinear between cell centres.
    void velocity(const std::array<float, 3> &p, float *u) const
    {
        const int n[3] = { mGrid.nx, mGrid.ny, mGrid.nz };
        int i0[3];
        float t[3];
        for (int d = 0; d < 3; ++d) {
            const float x = p[std::size_t(d)] / mGrid.cellM - 0.5f;
            i0[d] = std::clamp(int(std::floor(x)), 0, std::max(0, n[d] - 2));
            t[d] = n[d] > 1 ? std::clamp(x - float(i0[d]), 0.0f, 1.0f) : 0.0f;
        }
        for (int axis = 0; axis < 3; ++axis) {
            const std::vector<float> &v = mFields.velocityMPerS[axis];
            double sum = 0;
            for (int corner = 0; corner < 8; ++corner) {
                int c[3];
                double w = 1;
                for (int d = 0; d < 3; ++d) {
                    const int high = (corner >> d) & 1;
                    c[d] = std::min(i0[d] + high, n[d] - 1);
                    w *= high ? t[d] : 1.0f - t[d];
                }
                sum += w * v[mGrid.index(c[0], c[1], c[2])];
            }
            u[axis] = float(sum);
        }
    }

    /// Marks the cells within 1.5 cells in front of a face (on its room side) with `value`.
    void tag(const ThermalFace &face, int value)
    {
        const float h = mGrid.cellM;
        float lo[3], hi[3];
        for (int d = 0; d < 3; ++d) {
            lo[d] = face.box.minM[d];
            hi[d] = face.box.maxM[d];
        }
        const int a = face.normalAxis;
        (face.normalSign > 0 ? hi[a] : lo[a]) += float(face.normalSign) * 1.5f * h;
        const int n[3] = { mGrid.nx, mGrid.ny, mGrid.nz };
        int from[3], to[3];
        for (int d = 0; d < 3; ++d) {
            from[d] = std::clamp(int(std::floor(lo[d] / h)), 0, n[d] - 1);
            to[d] = std::clamp(int(std::ceil(hi[d] / h)) - 1, from[d], n[d] - 1);
        }
        for (int k = from[2]; k <= to[2]; ++k)
            for (int j = from[1]; j <= to[1]; ++j)
                for (int i = from[0]; i <= to[0]; ++i) {
                    int &t = mTags[mGrid.index(i, j, k)];
                    if (t < 0)
                        t = value;
                }
    }

    const engine::ThermalCase &mCase;
    const engine::ThermalFields &mFields;
    const engine::ThermalGrid &mGrid;
    std::vector<int> mTags;
};

/// Points just outside a rack's intake face, spread over it.
std::vector<std::array<float, 3>> seeds(const ThermalFace &intake, float cellM)
{
    const int a = intake.normalAxis;
    const int u = (a + 1) % 3, v = (a + 2) % 3;
    std::vector<std::array<float, 3>> out;
    for (int i = 0; i < kSeedsPerSide; ++i) {
        for (int j = 0; j < kSeedsPerSide; ++j) {
            std::array<float, 3> p {};
            p[std::size_t(a)] = intake.box.minM[a] + float(intake.normalSign) * 0.5f * cellM;
            p[std::size_t(u)]
                = intake.box.minM[u] + (intake.box.maxM[u] - intake.box.minM[u]) * (i + 0.5f) / kSeedsPerSide;
            p[std::size_t(v)]
                = intake.box.minM[v] + (intake.box.maxM[v] - intake.box.minM[v]) * (j + 0.5f) / kSeedsPerSide;
            out.push_back(p);
        }
    }
    return out;
}

QString celsius(double value)
{
    return QLocale().toString(value, 'f', 1);
}

}  // namespace

std::vector<CoolerNote> ThermalReasons::coolerNotes(const engine::ThermalCase &c, const engine::ThermalResult &r)
{
    std::vector<CoolerNote> out;
    const QLocale locale;
    auto kw = [&locale](float w) { return locale.toString(w / 1000.0, 'f', 1); };
    for (std::size_t u = 0; u < r.coolers.size() && u < c.coolers.size(); ++u) {
        const engine::CoolerThermalResult &unit = r.coolers[u];
        const engine::ThermalCooler &cooler = c.coolers[u];
        const float ratingW = cooler.capacityW;
        if (unit.failed || ratingW <= 0)
            continue;
        CoolerNote note;
        note.coolerId = unit.id;
        const QString name = QString::fromStdString(unit.name);
        const QString warmer = unit.capped ? tr("It removes all its coil can and supplies %1 °C instead of %2 °C.")
                                                 .arg(celsius(unit.supplyC), celsius(cooler.supplyTempC))
                                           : QString();
        if (unit.loadW > ratingW * 1.001f) {
            // A chilled-water coil takes more from air warmer than its design return (docs/cooling-budget.md).
            note.aboveRating = true;
            note.text = tr("%1 removes %2 kW, %3 % of its rating of %4 kW, because its return air is %5 °C, %6 K "
                           "above its design return; that takes chilled water beyond its design flow or "
                           "temperature difference, and the cooling budget counts %4 kW.")
                            .arg(name, kw(unit.loadW), locale.toString(100.0 * unit.loadW / ratingW, 'f', 0),
                                kw(ratingW), celsius(unit.returnC),
                                locale.toString(
                                    unit.returnC - (cooler.hasCoil() ? cooler.designReturnC : unit.returnC), 'f', 1));
            if (!warmer.isEmpty())
                note.text += QLatin1Char(' ') + warmer;
        } else if (unit.capped) {
            note.text = cooler.hasCoil()
                ? tr("%1 is at its coil limit: from %2 °C return air it removes %3 kW (rating %4 kW), so it supplies "
                     "%5 °C instead of %6 °C.")
                      .arg(name, celsius(unit.returnC), kw(unit.loadW), kw(ratingW), celsius(unit.supplyC),
                          celsius(cooler.supplyTempC))
                : tr("%1 is at its rating of %2 kW: its return air is %3 °C, so it supplies %4 °C instead of %5 °C.")
                      .arg(
                          name, kw(ratingW), celsius(unit.returnC), celsius(unit.supplyC), celsius(cooler.supplyTempC));
        } else {
            continue;
        }
        out.push_back(note);
    }
    return out;
}

ThermalPlanContext ThermalPlanContext::of(const Plan &plan, Id hallId)
{
    ThermalPlanContext context;
    for (const ThermalSanityIssue &issue : ThermalSanity::check(plan, hallId))
        if (issue.kind == ThermalSanityIssue::Kind::FrontInHotAisle)
            for (Id id : issue.racks)
                context.frontInHotAisle[id] = issue.otherRowId;
    for (const Rack *rack : plan.racksInHall(hallId)) {
        context.rowOf[rack->id] = rack->rowId;
        if (const Row *row = plan.find<Row>(rack->rowId)) {
            context.rowNames[row->id] = row->name;
            context.rowAreas[row->id] |= footprint(*rack);
        }
    }
    return context;
}

std::vector<RackInletReason> ThermalReasons::explain(
    const engine::ThermalCase &c, const engine::ThermalResult &r, const ThermalPlanContext &context)
{
    std::vector<RackInletReason> out;
    const engine::ThermalFields &fields = r.fields;
    if (!r.ok() || fields.grid.cellCount() == 0 || fields.temperatureC.size() != fields.grid.cellCount()
        || fields.velocityMPerS[0].size() != fields.grid.cellCount() || !r.transient.failedCoolers.empty())
        return out;
    const Tracer tracer(c, fields);
    const float h = fields.grid.cellM;
    const engine::ThermalLimits &limits = c.limits;

    // Hall-wide facts that add to every reason.
    double rackFlow = 0, coolerFlow = 0;
    float tallestRackM = 0;
    for (const engine::ThermalRack &rack : c.racks) {
        rackFlow += rack.airflowM3PerS;
        tallestRackM = std::max(tallestRackM, rack.body.maxM[2]);
    }
    for (const engine::ThermalCooler &cooler : c.coolers)
        for (const ThermalFace &face : cooler.returns)
            coolerFlow += face.airflowM3PerS;
    const bool airflowShort = rackFlow > 0 && coolerFlow < rackFlow;
    auto find = [](const auto &map, auto key, auto fallback) {
        const auto it = map.find(key);
        return it == map.end() ? fallback : it->second;
    };
    auto rowName = [&](Id rowId) { return find(context.rowNames, rowId, QString()); };

    // Where the traced air was hottest: under the ceiling, or at the exhaust of the rack nearest to it.
    auto hottestPlace
        = [&](const std::vector<const TraceEnd *> &paths, std::size_t rackIndex, RackInletReason *reason) {
              float hottestC = -1e30f, at[3] = { 0, 0, 0 };
              for (const TraceEnd *end : paths)
                  if (end->hottestC > hottestC) {
                      hottestC = end->hottestC;
                      std::copy(end->hottestAt, end->hottestAt + 3, at);
                  }
              // Nothing on the paths is as warm as the inlet: the heat comes in from beside them.
              if (hottestC < r.racks[rackIndex].inletMeanC)
                  tracer.hottestNear(c.racks[rackIndex].intake, 1.0f, &hottestC, at);
              const QLocale locale;
              if (at[2] > tallestRackM)
                  return tr("hot air from under the ceiling (%1 °C at %2 m)")
                      .arg(celsius(hottestC), locale.toString(at[2], 'f', 1));
              std::size_t nearest = 0;
              float nearestM = 1e30f;
              for (std::size_t k = 0; k < c.racks.size(); ++k) {
                  const engine::ThermalBox &b = c.racks[k].exhaust.box;
                  float d2 = 0;
                  for (int d = 0; d < 3; ++d) {
                      const float outside = std::max({ b.minM[d] - at[d], 0.0f, at[d] - b.maxM[d] });
                      d2 += outside * outside;
                  }
                  if (d2 < nearestM) {
                      nearestM = d2;
                      nearest = k;
                  }
              }
              reason->sourceRackId = c.racks[nearest].id;
              if (nearest == rackIndex)
                  return tr("its own exhaust (%1 °C there)").arg(celsius(hottestC));
              return tr("the exhaust of rack %1 (%2 °C there)")
                  .arg(QString::fromStdString(c.racks[nearest].name), celsius(hottestC));
          };

    for (std::size_t n = 0; n < r.racks.size() && n < c.racks.size(); ++n) {
        const engine::RackThermalResult &rack = r.racks[n];
        if (rack.withinAllowable || !std::isfinite(rack.inletMaxC))
            continue;
        const bool tooCold = rack.inletMaxC < limits.allowableMinC;
        // Trace every seed back; the source most paths end at is where the inlet air comes from.
        std::vector<TraceEnd> ends;
        for (const auto &seed : seeds(c.racks[n].intake, h))
            ends.push_back(tracer.trace(seed, int(n)));
        std::map<std::pair<int, int>, int> votes;  // (kind, index) -> paths
        for (const TraceEnd &end : ends) {
            const bool source = end.kind == TraceEnd::Kind::RackExhaust || end.kind == TraceEnd::Kind::CoolerSupply;
            ++votes[{ int(source ? end.kind : TraceEnd::Kind::StillAir), source ? end.index : -1 }];
        }
        const auto best = std::max_element(
            votes.begin(), votes.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        const auto kind = TraceEnd::Kind(best->first.first);
        const int index = best->first.second;
        RackInletReason reason;
        reason.rackId = rack.id;
        reason.sourceShare = double(best->second) / double(ends.size());
        // The paths that end at the chosen source.
        std::vector<const TraceEnd *> chosen;
        for (const TraceEnd &end : ends)
            if ((end.kind == kind && end.index == index)
                || (kind == TraceEnd::Kind::StillAir && end.kind != TraceEnd::Kind::RackExhaust
                    && end.kind != TraceEnd::Kind::CoolerSupply))
                chosen.push_back(&end);
        if (kind == TraceEnd::Kind::RackExhaust) {
            const engine::ThermalRack &source = c.racks[std::size_t(index)];
            reason.sourceRackId = source.id;
            const QString sourceName = QString::fromStdString(source.name);
            const Id aisleRow = find(context.frontInHotAisle, rack.id, kNoId);
            const Id sourceRow = find(context.rowOf, source.id, kNoId);
            const QRectF row = find(context.rowAreas, sourceRow, QRectF());
            bool aroundEnd = false, overTop = false;
            for (const TraceEnd *end : chosen) {
                overTop = overTop || end->maxZM > source.body.maxM[2] + h;
                if (!row.isEmpty())
                    for (const auto &p : end->points) {
                        const bool alongX = row.width() >= row.height();
                        const double along = alongX ? p[0] : p[1];
                        const double from = alongX ? row.left() : row.top();
                        const double to = alongX ? row.right() : row.bottom();
                        aroundEnd = aroundEnd || along < from - h || along > to + h;
                    }
            }
            reason.route = overTop ? RackInletReason::Route::OverTheTop
                : aroundEnd        ? RackInletReason::Route::AroundTheRowEnd
                                   : RackInletReason::Route::Direct;
            if (aisleRow != kNoId && sourceRow == aisleRow) {
                reason.source = RackInletReason::Source::HotAisle;
                reason.text = tr("Fed by the contained hot aisle of %1, which its front faces: the inlet air is the "
                                 "exhaust of rack %2.")
                                  .arg(rowName(aisleRow), sourceName);
            } else {
                const bool own = source.id == rack.id;
                reason.source = own ? RackInletReason::Source::OwnExhaust : RackInletReason::Source::RackExhaust;
                const QString how = reason.route == RackInletReason::Route::OverTheTop ? tr("over the top of the racks")
                    : reason.route == RackInletReason::Route::AroundTheRowEnd          ? tr("around the row end")
                                                                                       : tr("across the aisle");
                reason.text = own
                    ? tr("It draws in its own exhaust (recirculation %1).").arg(how)
                    : tr("The inlet air is the exhaust of rack %1 (recirculation %2).").arg(sourceName, how);
            }
        } else if (kind == TraceEnd::Kind::CoolerSupply) {
            const engine::CoolerThermalResult &unit = r.coolers[std::size_t(index)];
            const QString unitName = QString::fromStdString(unit.name);
            reason.sourceCoolerId = unit.id;
            const float setPointC = c.coolers[std::size_t(index)].supplyTempC;
            // Capped: a chilled-water coil at what it can remove at its return air, other units at their rating.
            const QString limit
                = c.coolers[std::size_t(index)].hasCoil() ? tr("at the limit of its coil") : tr("at its rating");
            if (tooCold) {
                reason.source = RackInletReason::Source::ColdSupply;
                reason.text = tr("Fed by %1, which supplies %2 °C, below the allowable %3 °C.")
                                  .arg(unitName, celsius(unit.supplyC), celsius(limits.allowableMinC));
            } else if (unit.supplyC > limits.allowableMaxC) {
                // Its supply alone is outside the range: the unit removes all it can.
                reason.source = RackInletReason::Source::WarmSupply;
                reason.text = tr("Fed by %1, which is %2 and supplies %3 °C instead of %4 °C.")
                                  .arg(unitName, limit, celsius(unit.supplyC), celsius(setPointC));
            } else {
                reason.source = RackInletReason::Source::MixedOnTheWay;
                const QString where = hottestPlace(chosen, n, &reason);
                // Its warmer supply is worth saying when it adds more than a little.
                reason.text = unit.capped && unit.supplyC > setPointC + kWorthSayingK
                    ? tr("The air of %1, which is %2 and supplies %3 °C instead of %4 °C, mixes on its way with %5.")
                          .arg(unitName, limit, celsius(unit.supplyC), celsius(setPointC), where)
                    : tr("The air of %1 mixes on its way with %2.").arg(unitName, where);
            }
        } else {
            reason.source = RackInletReason::Source::NoCoolerReach;
            reason.text = tr("No cooling unit's air reaches it: the air in front of it circulates, warmed by %1.")
                              .arg(hottestPlace(chosen, n, &reason));
        }
        if (airflowShort && !tooCold)
            reason.text += QLatin1Char(' ')
                + tr("The cooling units move only %1 % of the racks' airflow.")
                      .arg(QLocale().toString(100.0 * coolerFlow / rackFlow, 'f', 0));
        out.push_back(reason);
    }
    return out;
}

}  // namespace rw
