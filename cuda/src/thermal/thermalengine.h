// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The thermal engine, written once: ThermalOps over an executor (CpuExecutor: worker threads and main
// memory; CudaExecutor: one generic kernel and GPU memory). The per-cell work is in thermalkernels.h and
// kepsilonkernels.h; here only which loop runs it, where the fields live, and how they get there.
// Instantiated in thermalcpu.cpp and in cuda/src/gpu/thermal.cu. Bodies are RW_HD lambdas that capture
// the views by value (never `this`: a kernel cannot reach the host object).

#include "extent.h"
#include "kepsilonkernels.h"
#include "memoryspace.h"
#include "thermalkernels.h"
#include "thermalops.h"

#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace rw::engine::thermal {

template <class Exec> class ThermalEngine final : public ThermalOps {
public:
    template <class T> using Buffer = Array<T, typename Exec::Space>;

    template <class... Args> explicit ThermalEngine(Args... args) : mExec(args...) { }

    bool upload(const ThermalSetup &setup, const FlowParameters &parameters) override
    {
        const std::size_t cells = setup.grid.cellCount();
        FlowView &v = mView;
        v.n[0] = setup.grid.nx;
        v.n[1] = setup.grid.ny;
        v.n[2] = setup.grid.nz;
        v.h = setup.grid.cellM;
        for (int a = 0; a < 3; ++a) {
            mVel[a] = make(setup.velocity[a]);
            mVelOld[a] = make(setup.velocity[a]);
            mKind[a] = make(setup.kind[a]);
            v.vel[a] = mVel[a].data();
            v.velOld[a] = mVelOld[a].data();
            v.kind[a] = mKind[a].data();
        }
        mTemp = filled(cells, parameters.initialTempC);
        mTempOld = filled(cells, parameters.initialTempC);
        mPressure = filled(cells, 0.0f);
        mPhi = filled(cells, 0.0f);
        mRhs = filled(cells, 0.0f);
        mNu = filled(cells, kAirKinematicViscosity);
        mWallDist = make(setup.wallDistM);
        mBcIn = filled(cells, 0.0f);
        mTke = filled(cells, parameters.initialTke);
        mDissipation = filled(cells, parameters.initialDissipation);
        mSolid = make(setup.solid);
        mSampled = make(setup.sampledCells);
        mInflow = make(setup.inflowCells);
        mSamples = Buffer<float>(setup.sampledCells.size());
        mInflowHeat = Buffer<float>(setup.inflowCells.size());
        v.temp = mTemp.data();
        v.tempOld = mTempOld.data();
        v.pressure = mPressure.data();
        v.phi = mPhi.data();
        v.rhs = mRhs.data();
        v.nu = mNu.data();
        v.wallDist = mWallDist.data();
        v.bcInHeat = mBcIn.data();
        v.solid = mSolid.data();
        v.tke = mTke.data();
        v.dissipation = mDissipation.data();
        v.gBeta = parameters.gBeta;
        v.referenceTempC = parameters.referenceTempC;
        v.kEpsilon = parameters.kEpsilon ? 1 : 0;
        v.turbulentPrandtl = parameters.kEpsilon ? kKEpsilonPrandtl : kTurbulentPrandtl;
        require(mSamples.valid() && mInflowHeat.valid(), "allocating the boundary buffers");
        buildLevels();
        return !failed();
    }

    bool updateBoundary(const ThermalSetup &setup) override
    {
        // Only fixed faces change (a cooler stops): new kinds, and the velocities of the faces that are not
        // open (open ones keep their solved values).
        keepOldFields();
        for (int a = 0; a < 3; ++a) {
            require(mKind[a].upload(setup.kind[a]), "uploading face kinds");
            const Buffer<float> fixed = make(setup.velocity[a]);
            const std::uint8_t *kind = mKind[a].data();
            const float *prescribed = fixed.data();
            float *vel = mVel[a].data();
            float *velOld = mVelOld[a].data();
            const FlowView v = mView;
            mExec.forEach(faces(a), -1, [v, a, kind, prescribed, vel, velOld] RW_LAMBDA(int i, int j, int k) {
                const long long f = faceIndex(v, a, i, j, k);
                if (kind[f] != kOpen)
                    vel[f] = velOld[f] = prescribed[f];
            });
        }
        updateConductances();
        return !failed();
    }

    void beginStep() override
    {
        keepOldFields();  // a step that did not sweep a field still owes its copy
        mOldPending[0] = mOldPending[1] = mOldPending[2] = mOldPending[3] = true;
    }

    /// Copies the old fields that no sweep has kept since beginStep (before anything else reads them).
    void keepOldFields()
    {
        for (int a = 0; a < 3; ++a)
            if (std::exchange(mOldPending[a], false))
                require(mVelOld[a].copyFrom(mVel[a]), "copying velocities");
        if (std::exchange(mOldPending[3], false))
            require(mTempOld.copyFrom(mTemp), "copying temperatures");
    }

    void updateViscosity() override
    {
        const FlowView v = mView;
        mExec.forEach(cells(), -1, [v] RW_LAMBDA(int i, int j, int k) { thermal::updateViscosity(v, i, j, k); });
    }

    void momentumSweep(int component, float dt) override
    {
        // The component as a template argument: each sweep runs its own specialised body. The step's first
        // sweep of a component keeps its start-of-step velocities.
        const FlowView v = mView;
        const bool first = std::exchange(mOldPending[component], false);
        if (component == 0)
            mExec.sweep(faces(0), 0,
                [v, dt, first] RW_LAMBDA(int i, int j, int k) { updateMomentumOf<0>(v, i, j, k, dt, first); });
        else if (component == 1)
            mExec.sweep(faces(1), 0,
                [v, dt, first] RW_LAMBDA(int i, int j, int k) { updateMomentumOf<1>(v, i, j, k, dt, first); });
        else
            mExec.sweep(faces(2), 0,
                [v, dt, first] RW_LAMBDA(int i, int j, int k) { updateMomentumOf<2>(v, i, j, k, dt, first); });
    }

    void prepareProjection(float invDt) override
    {
        const FlowView v = mView;
        mExec.forEach(
            cells(), -1, [v, invDt] RW_LAMBDA(int i, int j, int k) { thermal::prepareProjection(v, i, j, k, invDt); });
    }

    void smoothLevel(int level, float omega, bool reverse) override
    {
        const PoissonLevel l = mLevels[std::size_t(level)].view;
        mExec.sweep(extent(l), reverse ? 1 : 0,
            [l, omega] RW_LAMBDA(int i, int j, int k) { thermal::smoothLevel(l, i, j, k, omega); });
    }

    void restrictToLevel(int coarseLevel) override
    {
        const PoissonLevel fine = mLevels[std::size_t(coarseLevel - 1)].view;
        const PoissonLevel l = mLevels[std::size_t(coarseLevel)].view;
        mExec.forEach(extent(l), -1, [fine, l] RW_LAMBDA(int i, int j, int k) { restrictLevel(fine, l, i, j, k); });
    }

    void prolongFromLevel(int coarseLevel) override
    {
        const PoissonLevel fine = mLevels[std::size_t(coarseLevel - 1)].view;
        const PoissonLevel l = mLevels[std::size_t(coarseLevel)].view;
        mExec.forEach(extent(fine), -1, [fine, l] RW_LAMBDA(int i, int j, int k) { prolongLevel(fine, l, i, j, k); });
    }

    void project(float dt) override
    {
        const FlowView v = mView;
        // The x faces visit every cell once as their lower neighbour's upper face: p += phi goes with them.
        mExec.forEach(faces(0), -1, [v, dt] RW_LAMBDA(int i, int j, int k) {
            projectFace(v, 0, i, j, k, dt);
            if (i < v.n[0])
                accumulatePressure(v, i, j, k);
        });
        for (int a = 1; a < 3; ++a)
            mExec.forEach(faces(a), -1, [v, a, dt] RW_LAMBDA(int i, int j, int k) { projectFace(v, a, i, j, k, dt); });
    }

    void energySweep(float dt) override
    {
        const FlowView v = mView;
        const bool first = std::exchange(mOldPending[3], false);
        mExec.sweep(cells(), 0, [v, dt, first] RW_LAMBDA(int i, int j, int k) { updateEnergy(v, i, j, k, dt, first); });
    }

    void turbulenceSweep(float dt) override
    {
        const FlowView v = mView;
        mExec.sweep(cells(), 0, [v, dt] RW_LAMBDA(int i, int j, int k) { updateTurbulence(v, i, j, k, dt); });
    }

    void sampleTemperatures(std::vector<float> *out) override
    {
        const float *temp = mView.temp;
        const long long *cellsToSample = mSampled.data();
        float *samples = mSamples.data();
        mExec.forEach(line((long long)mSamples.size()), -1,
            [temp, cellsToSample, samples] RW_LAMBDA(int n, int, int) { samples[n] = temp[cellsToSample[n]]; });
        require(mSamples.download(out), "reading the boundary temperatures");
    }

    void setInflowHeat(const std::vector<float> &heat) override
    {
        require(mInflowHeat.upload(heat), "writing the inflow heat");
        float *bcInHeat = mView.bcInHeat;
        const long long *inflowCells = mInflow.data();
        const float *values = mInflowHeat.data();
        mExec.forEach(line((long long)mInflowHeat.size()), -1,
            [bcInHeat, inflowCells, values] RW_LAMBDA(int n, int, int) { bcInHeat[inflowCells[n]] = values[n]; });
    }

    std::vector<float> readField(OpsField field) override
    {
        keepOldFields();
        std::vector<float> values;
        require(buffer(field).download(&values), "reading a field");
        return values;
    }

    bool writeField(OpsField field, const std::vector<float> &values) override
    {
        keepOldFields();
        return buffer(field).upload(values);
    }

    std::vector<float> readLevel(int level, LevelField field) override
    {
        const Level &l = mLevels[std::size_t(level)];
        const Buffer<float> &values
            = field == LevelField::Correction ? (level == 0 ? mPhi : l.phi) : (level == 0 ? mRhs : l.b);
        std::vector<float> out;
        require(values.download(&out), "reading a multigrid level");
        return out;
    }

    StepResiduals residuals() override
    {
        keepOldFields();
        const FlowView v = mView;
        StepResiduals r;
        r.maxTempChangeK = mExec.maxOf(cells(), [v] RW_LAMBDA(int i, int j, int k) {
            const long long c = cellIndex(v, i, j, k);
            return v.solid[c] ? 0.0f : fabsf(v.temp[c] - v.tempOld[c]);
        });
        r.maxDivergencePerS
            = mExec.maxOf(cells(), [v] RW_LAMBDA(int i, int j, int k) { return fabsf(cellDivergence(v, i, j, k)); });
        for (int a = 0; a < 3; ++a) {
            r.maxVelocityChangeMPerS
                = maxf(r.maxVelocityChangeMPerS, mExec.maxOf(faces(a), [v, a] RW_LAMBDA(int i, int j, int k) {
                      const long long f = faceIndex(v, a, i, j, k);
                      return fabsf(v.vel[a][f] - v.velOld[a][f]);
                  }));
        }
        return r;
    }

    void download(ThermalFields *fields) override
    {
        const std::size_t count = mTemp.size();
        require(mTemp.download(&fields->temperatureC) && mSolid.download(&fields->solid)
                && mNu.download(&fields->viscosityM2PerS),
            "reading the fields");
        const FlowView v = mView;
        for (int a = 0; a < 3; ++a) {
            const Buffer<float> centre(count);
            float *out = centre.data();
            require(centre.valid(), "allocating the cell-centre velocities");
            if (failed())
                return;
            mExec.forEach(cells(), -1, [v, a, out] RW_LAMBDA(int i, int j, int k) {
                const long long c = cellIndex(v, i, j, k);
                const long long f = faceIndex(v, a, i, j, k);
                out[c] = v.solid[c] ? 0.0f : 0.5f * (v.vel[a][f] + v.vel[a][f + faceStride(v, a, a)]);
            });
            require(centre.download(&fields->velocityMPerS[a]), "reading the velocities");
        }
        for (std::size_t c = 0; c < count; ++c)
            if (fields->solid[c])
                fields->temperatureC[c] = std::numeric_limits<float>::quiet_NaN();
    }

    bool failed() const override { return !mError.empty() || !mExec.ok(); }
    std::string error() const override { return mError.empty() ? mExec.error() : mError; }

    /// The multigrid levels (multigridShapes): level 0 solves on the flow grid's phi and rhs.
    void buildLevels()
    {
        const std::vector<LevelShape> shapes = multigridShapes(mView.n[0], mView.n[1], mView.n[2]);
        mLevels.clear();
        mLevels.resize(shapes.size());
        for (std::size_t n = 0; n < shapes.size(); ++n) {
            Level &level = mLevels[n];
            PoissonLevel &l = level.view;
            const std::size_t count = std::size_t(shapes[n].n[0]) * shapes[n].n[1] * shapes[n].n[2];
            for (int d = 0; d < 3; ++d) {
                l.n[d] = shapes[n].n[d];
                l.ratio[d] = shapes[n].ratio[d];
                level.g[d] = filled(count, 0.0f);
                l.g[d] = level.g[d].data();
            }
            level.diag = filled(count, 0.0f);
            l.diag = level.diag.data();
            if (n == 0) {
                l.phi = mView.phi;
                l.b = mView.rhs;
            } else {
                level.phi = filled(count, 0.0f);
                level.b = filled(count, 0.0f);
                l.phi = level.phi.data();
                l.b = level.b.data();
            }
        }
        updateConductances();
    }

    /// Face conductances and diagonals of every level from the face kinds of the flow grid.
    void updateConductances()
    {
        if (failed())
            return;
        const FlowView v = mView;
        for (std::size_t n = 0; n < mLevels.size(); ++n) {
            const PoissonLevel l = mLevels[n].view;
            if (n == 0) {
                mExec.forEach(cells(), -1, [v, l] RW_LAMBDA(int i, int j, int k) { fineConductance(v, l, i, j, k); });
            } else {
                const PoissonLevel fine = mLevels[n - 1].view;
                mExec.forEach(
                    extent(l), -1, [fine, l] RW_LAMBDA(int i, int j, int k) { coarseConductance(fine, l, i, j, k); });
            }
            mExec.forEach(extent(l), -1, [l] RW_LAMBDA(int i, int j, int k) { levelDiagonal(l, i, j, k); });
        }
    }

private:
    struct Level {
        PoissonLevel view {};
        Buffer<float> phi, b, g[3], diag;
    };

    Buffer<float> &buffer(OpsField field)
    {
        switch (field) {
        case OpsField::VelocityX:
        case OpsField::VelocityY:
        case OpsField::VelocityZ:
            return mVel[int(field) - int(OpsField::VelocityX)];
        case OpsField::OldVelocityX:
        case OpsField::OldVelocityY:
        case OpsField::OldVelocityZ:
            return mVelOld[int(field) - int(OpsField::OldVelocityX)];
        case OpsField::Temperature:
            return mTemp;
        case OpsField::OldTemperature:
            return mTempOld;
        case OpsField::Pressure:
            return mPressure;
        case OpsField::Correction:
            return mPhi;
        case OpsField::Source:
            return mRhs;
        case OpsField::Viscosity:
            return mNu;
        case OpsField::InflowHeat:
            return mBcIn;
        case OpsField::Tke:
            return mTke;
        case OpsField::Dissipation:
            break;
        }
        return mDissipation;
    }

    Extent cells() const { return Extent { { mView.n[0], mView.n[1], mView.n[2] } }; }
    Extent faces(int component) const
    {
        return Extent { { faceCount(mView, component, 0), faceCount(mView, component, 1),
            faceCount(mView, component, 2) } };
    }
    static Extent extent(const PoissonLevel &l) { return Extent { { l.n[0], l.n[1], l.n[2] } }; }

    template <class T> Buffer<T> make(const std::vector<T> &host)
    {
        Buffer<T> buffer(host.size());
        require(buffer.upload(host), "allocating the fields");
        return buffer;
    }
    template <class T> Buffer<T> filled(std::size_t count, T value) { return make(std::vector<T>(count, value)); }

    void require(bool ok, const char *what)
    {
        if (!ok && mError.empty())
            mError = std::string(what) + " failed" + (mExec.error().empty() ? "" : ": " + mExec.error());
    }

    Exec mExec;
    FlowView mView {};
    std::vector<Level> mLevels;
    Buffer<float> mVel[3], mVelOld[3];
    Buffer<std::uint8_t> mKind[3];
    Buffer<float> mTemp, mTempOld, mPressure, mPhi, mRhs, mNu, mWallDist, mBcIn;
    Buffer<float> mTke, mDissipation;
    Buffer<std::uint8_t> mSolid;
    Buffer<long long> mSampled, mInflow;
    Buffer<float> mSamples, mInflowHeat;
    bool mOldPending[4] = { false, false, false, false };  ///< velOld x, y, z and tempOld not yet kept
    std::string mError;  ///< the first failure (allocation or copy), or empty
};

}  // namespace rw::engine::thermal
