// The CPU engine: the per-cell code of thermalkernels.h in std::thread loops over grid rows.
#include "kepsilonkernels.h"
#include "thermalkernels.h"
#include "thermalops.h"
#include "workerpool.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace rw::engine::thermal {
namespace {

class CpuOps final : public ThermalOps {
public:
    explicit CpuOps(int threads) : mPool(threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency())))
    {
    }

    bool upload(const ThermalSetup &setup, const FlowParameters &parameters) override
    {
        const float initialTempC = parameters.initialTempC;
        const std::size_t cells = setup.grid.cellCount();
        for (int a = 0; a < 3; ++a) {
            mVel[a] = setup.velocity[a];
            mVelOld[a] = setup.velocity[a];
            mKind[a] = setup.kind[a];
        }
        mTemp.assign(cells, initialTempC);
        mTempOld = mTemp;
        mPressure.assign(cells, 0.0f);
        mPhi.assign(cells, 0.0f);
        mRhs.assign(cells, 0.0f);
        mNu.assign(cells, kAirKinematicViscosity);
        mWallDist = setup.wallDistM;
        mBcIn.assign(cells, 0.0f);
        mTke.assign(cells, parameters.initialTke);
        mDissipation.assign(cells, parameters.initialDissipation);
        mProduction.assign(cells, 0.0f);
        mSolid = setup.solid;
        mSampled = setup.sampledCells;
        mInflow = setup.inflowCells;
        FlowView &v = mView;
        v.n[0] = setup.grid.nx;
        v.n[1] = setup.grid.ny;
        v.n[2] = setup.grid.nz;
        v.h = setup.grid.cellM;
        for (int a = 0; a < 3; ++a) {
            v.vel[a] = mVel[a].data();
            v.velOld[a] = mVelOld[a].data();
            v.kind[a] = mKind[a].data();
        }
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
        v.production = mProduction.data();
        v.gBeta = parameters.gBeta;
        v.referenceTempC = parameters.referenceTempC;
        v.kEpsilon = parameters.kEpsilon ? 1 : 0;
        v.turbulentPrandtl = parameters.kEpsilon ? kKEpsilonPrandtl : kTurbulentPrandtl;
        buildLevels();
        return true;
    }

    bool updateBoundary(const ThermalSetup &setup) override
    {
        for (int a = 0; a < 3; ++a) {
            mKind[a] = setup.kind[a];
            for (std::size_t f = 0; f < mKind[a].size(); ++f)
                if (mKind[a][f] != kOpen)
                    mVel[a][f] = setup.velocity[a][f];
        }
        updateConductances();
        return true;
    }

    void beginStep() override
    {
        mPool.run(3, [&](long long b, long long e) {
            for (long long a = b; a < e; ++a)
                std::copy(mVel[a].begin(), mVel[a].end(), mVelOld[a].begin());
        });
        std::copy(mTemp.begin(), mTemp.end(), mTempOld.begin());
    }

    void updateViscosity() override
    {
        forCells(-1, [&](int i, int j, int k) { thermal::updateViscosity(mView, i, j, k); });
    }

    void momentumSweep(int component, int color, float dt) override
    {
        // Dispatch on the component outside the loop: each sweep runs its own specialised kernel.
        if (component == 0)
            forFaces(0, color, [&](int i, int j, int k) { updateMomentumOf<0>(mView, i, j, k, dt); });
        else if (component == 1)
            forFaces(1, color, [&](int i, int j, int k) { updateMomentumOf<1>(mView, i, j, k, dt); });
        else
            forFaces(2, color, [&](int i, int j, int k) { updateMomentumOf<2>(mView, i, j, k, dt); });
    }

    void prepareProjection(float invDt) override
    {
        forCells(-1, [&](int i, int j, int k) { thermal::prepareProjection(mView, i, j, k, invDt); });
    }

    void smoothLevel(int level, int color, float omega) override
    {
        const PoissonLevel &l = mLevels[std::size_t(level)].view;
        forGrid(l.n[0], l.n[1], l.n[2], color, [&](int i, int j, int k) { thermal::smoothLevel(l, i, j, k, omega); });
    }

    void residualLevel(int level) override
    {
        const PoissonLevel &l = mLevels[std::size_t(level)].view;
        forGrid(l.n[0], l.n[1], l.n[2], -1, [&](int i, int j, int k) { thermal::residualLevel(l, i, j, k); });
    }

    void restrictToLevel(int coarseLevel) override
    {
        const PoissonLevel &fine = mLevels[std::size_t(coarseLevel - 1)].view;
        const PoissonLevel &l = mLevels[std::size_t(coarseLevel)].view;
        forGrid(l.n[0], l.n[1], l.n[2], -1, [&](int i, int j, int k) { restrictLevel(fine, l, i, j, k); });
    }

    void prolongFromLevel(int coarseLevel) override
    {
        const PoissonLevel &fine = mLevels[std::size_t(coarseLevel - 1)].view;
        const PoissonLevel &l = mLevels[std::size_t(coarseLevel)].view;
        forGrid(fine.n[0], fine.n[1], fine.n[2], -1, [&](int i, int j, int k) { prolongLevel(fine, l, i, j, k); });
    }

    void project(float dt) override
    {
        for (int a = 0; a < 3; ++a)
            forFaces(a, -1, [&](int i, int j, int k) { projectFace(mView, a, i, j, k, dt); });
        forCells(-1, [&](int i, int j, int k) { accumulatePressure(mView, i, j, k); });
    }

    void energySweep(int color, float dt) override
    {
        forCells(color, [&](int i, int j, int k) { updateEnergy(mView, i, j, k, dt); });
    }

    void turbulenceProduction() override
    {
        forCells(-1, [&](int i, int j, int k) { updateProduction(mView, i, j, k); });
    }

    void turbulenceSweep(int color, float dt) override
    {
        forCells(color, [&](int i, int j, int k) { updateTurbulence(mView, i, j, k, dt); });
    }

    void sampleTemperatures(std::vector<float> *out) override
    {
        out->resize(mSampled.size());
        for (std::size_t n = 0; n < mSampled.size(); ++n)
            (*out)[n] = mTemp[std::size_t(mSampled[n])];
    }

    void setInflowHeat(const std::vector<float> &heat) override
    {
        for (std::size_t n = 0; n < mInflow.size(); ++n)
            mBcIn[std::size_t(mInflow[n])] = heat[n];
    }

    void setTemperatures(const std::vector<float> &tempC) override
    {
        mTemp = tempC;
        mTempOld = tempC;
        mView.temp = mTemp.data();
        mView.tempOld = mTempOld.data();
    }

    StepResiduals residuals() override
    {
        const int parts = mPool.size();
        std::vector<StepResiduals> partial(std::size_t(parts) * 8);
        std::atomic<int> slot { 0 };
        const FlowView &v = mView;
        mPool.run((long long)v.n[1] * v.n[2], [&](long long b, long long e) {
            StepResiduals r;
            for (long long row = b; row < e; ++row) {
                const int j = int(row % v.n[1]);
                const int k = int(row / v.n[1]);
                for (int i = 0; i < v.n[0]; ++i) {
                    const long long c = cellIndex(v, i, j, k);
                    if (mSolid[std::size_t(c)])
                        continue;
                    r.maxTempChangeK = std::max(r.maxTempChangeK, std::fabs(mTemp[c] - mTempOld[c]));
                    r.maxDivergencePerS = std::max(r.maxDivergencePerS, std::fabs(cellDivergence(v, i, j, k)));
                }
            }
            partial[std::size_t(slot++)] = r;
        });
        StepResiduals total;
        for (const StepResiduals &r : partial) {
            total.maxTempChangeK = std::max(total.maxTempChangeK, r.maxTempChangeK);
            total.maxDivergencePerS = std::max(total.maxDivergencePerS, r.maxDivergencePerS);
        }
        for (int a = 0; a < 3; ++a)
            for (std::size_t f = 0; f < mVel[a].size(); ++f)
                total.maxVelocityChangeMPerS
                    = std::max(total.maxVelocityChangeMPerS, std::fabs(mVel[a][f] - mVelOld[a][f]));
        return total;
    }

    void download(ThermalFields *fields) override
    {
        const FlowView &v = mView;
        const std::size_t cells = std::size_t(v.n[0]) * v.n[1] * v.n[2];
        fields->temperatureC = mTemp;
        fields->solid = mSolid;
        for (int a = 0; a < 3; ++a)
            fields->velocityMPerS[a].assign(cells, 0.0f);
        for (int k = 0; k < v.n[2]; ++k) {
            for (int j = 0; j < v.n[1]; ++j) {
                for (int i = 0; i < v.n[0]; ++i) {
                    const std::size_t c = std::size_t(cellIndex(v, i, j, k));
                    if (mSolid[c]) {
                        fields->temperatureC[c] = std::numeric_limits<float>::quiet_NaN();
                        continue;
                    }
                    for (int a = 0; a < 3; ++a) {
                        const long long f = faceIndex(v, a, i, j, k);
                        fields->velocityMPerS[a][c] = 0.5f * (mVel[a][f] + mVel[a][f + faceStride(v, a, a)]);
                    }
                }
            }
        }
    }

    bool failed() const override { return false; }
    std::string error() const override { return {}; }

private:
    struct Level {
        PoissonLevel view {};
        std::vector<float> phi, b, res, g[3], diag;
    };

    void buildLevels()
    {
        const std::vector<LevelShape> shapes = multigridShapes(mView.n[0], mView.n[1], mView.n[2]);
        mLevels.assign(shapes.size(), Level {});
        for (std::size_t n = 0; n < shapes.size(); ++n) {
            Level &level = mLevels[n];
            PoissonLevel &l = level.view;
            const std::size_t cells = std::size_t(shapes[n].n[0]) * shapes[n].n[1] * shapes[n].n[2];
            for (int d = 0; d < 3; ++d) {
                l.n[d] = shapes[n].n[d];
                l.ratio[d] = shapes[n].ratio[d];
                level.g[d].assign(cells, 0.0f);
                l.g[d] = level.g[d].data();
            }
            level.res.assign(cells, 0.0f);
            level.diag.assign(cells, 0.0f);
            l.res = level.res.data();
            l.diag = level.diag.data();
            if (n == 0) {  // the flow grid's own correction and source
                l.phi = mView.phi;
                l.b = mView.rhs;
            } else {
                level.phi.assign(cells, 0.0f);
                level.b.assign(cells, 0.0f);
                l.phi = level.phi.data();
                l.b = level.b.data();
            }
        }
        updateConductances();
    }

    void updateConductances()
    {
        for (std::size_t n = 0; n < mLevels.size(); ++n) {
            const PoissonLevel &l = mLevels[n].view;
            if (n == 0)
                forCells(-1, [&](int i, int j, int k) { fineConductance(mView, l, i, j, k); });
            else
                forGrid(l.n[0], l.n[1], l.n[2], -1,
                    [&](int i, int j, int k) { coarseConductance(mLevels[n - 1].view, l, i, j, k); });
            forGrid(l.n[0], l.n[1], l.n[2], -1, [&](int i, int j, int k) { levelDiagonal(l, i, j, k); });
        }
    }

    /// Every cell (color < 0) or the cells with (i + j + k) % 2 == color, rows split between threads.
    template <class Body> void forCells(int color, const Body &body)
    {
        forGrid(mView.n[0], mView.n[1], mView.n[2], color, body);
    }

    template <class Body> void forFaces(int component, int color, const Body &body)
    {
        forGrid(faceCount(mView, component, 0), faceCount(mView, component, 1), faceCount(mView, component, 2), color,
            body);
    }

    template <class Body> void forGrid(int nx, int ny, int nz, int color, const Body &body)
    {
        mPool.run((long long)ny * nz, [&](long long b, long long e) {
            for (long long row = b; row < e; ++row) {
                const int j = int(row % ny);
                const int k = int(row / ny);
                const int first = color < 0 ? 0 : (color + j + k) & 1;
                const int step = color < 0 ? 1 : 2;
                for (int i = first; i < nx; i += step)
                    body(i, j, k);
            }
        });
    }

    WorkerPool mPool;
    FlowView mView {};
    std::vector<Level> mLevels;
    std::vector<float> mVel[3], mVelOld[3];
    std::vector<std::uint8_t> mKind[3];
    std::vector<float> mTemp, mTempOld, mPressure, mPhi, mRhs, mNu, mWallDist, mBcIn;
    std::vector<float> mTke, mDissipation, mProduction;
    std::vector<std::uint8_t> mSolid;
    std::vector<long long> mSampled, mInflow;
};

}  // namespace

std::unique_ptr<ThermalOps> makeCpuOps(int threads)
{
    return std::make_unique<CpuOps>(threads);
}

}  // namespace rw::engine::thermal
