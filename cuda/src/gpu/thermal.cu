// The CUDA engine: the per-cell code of thermalkernels.h, one thread per cell or face.
#include "../thermal/kepsilonkernels.h"
#include "../thermal/thermalkernels.h"
#include "../thermal/thermalops.h"

#include <cuda_runtime.h>

#include <cmath>
#include <limits>

namespace rw::engine::thermal {
namespace {

struct Extent {
    int n[3];
};

__device__ inline bool pick(const Extent &e, int color, int *i, int *j, int *k)
{
    *i = int(blockIdx.x * blockDim.x + threadIdx.x);
    *j = int(blockIdx.y * blockDim.y + threadIdx.y);
    *k = int(blockIdx.z * blockDim.z + threadIdx.z);
    if (*i >= e.n[0] || *j >= e.n[1] || *k >= e.n[2])
        return false;
    return color < 0 || ((*i + *j + *k) & 1) == color;
}

__global__ void viscosityKernel(FlowView v, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        updateViscosity(v, i, j, k);
}

__global__ void momentumKernel(FlowView v, Extent e, int component, int color, float dt)
{
    int i, j, k;
    if (pick(e, color, &i, &j, &k))
        updateMomentum(v, component, i, j, k, dt);
}

__global__ void prepareKernel(FlowView v, Extent e, float invDt)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        prepareProjection(v, i, j, k, invDt);
}

__global__ void fineConductanceKernel(FlowView v, PoissonLevel l, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        fineConductance(v, l, i, j, k);
}

__global__ void coarseConductanceKernel(PoissonLevel fine, PoissonLevel l, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        coarseConductance(fine, l, i, j, k);
}

__global__ void diagonalKernel(PoissonLevel l, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        levelDiagonal(l, i, j, k);
}

__global__ void smoothKernel(PoissonLevel l, Extent e, int color, float omega)
{
    int i, j, k;
    if (pick(e, color, &i, &j, &k))
        smoothLevel(l, i, j, k, omega);
}

__global__ void residualKernel(PoissonLevel l, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        residualLevel(l, i, j, k);
}

__global__ void restrictKernel(PoissonLevel fine, PoissonLevel l, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        restrictLevel(fine, l, i, j, k);
}

__global__ void prolongKernel(PoissonLevel fine, PoissonLevel coarse, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        prolongLevel(fine, coarse, i, j, k);
}

__global__ void projectKernel(FlowView v, Extent e, int component, float dt)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        projectFace(v, component, i, j, k, dt);
}

__global__ void accumulateKernel(FlowView v, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        accumulatePressure(v, i, j, k);
}

__global__ void energyKernel(FlowView v, Extent e, int color, float dt)
{
    int i, j, k;
    if (pick(e, color, &i, &j, &k))
        updateEnergy(v, i, j, k, dt);
}

__global__ void productionKernel(FlowView v, Extent e)
{
    int i, j, k;
    if (pick(e, -1, &i, &j, &k))
        updateProduction(v, i, j, k);
}

__global__ void turbulenceKernel(FlowView v, Extent e, int color, float dt)
{
    int i, j, k;
    if (pick(e, color, &i, &j, &k))
        updateTurbulence(v, i, j, k, dt);
}

__global__ void gatherKernel(const float *temp, const long long *cells, int count, float *out)
{
    const int n = int(blockIdx.x * blockDim.x + threadIdx.x);
    if (n < count)
        out[n] = temp[cells[n]];
}

__global__ void scatterKernel(float *bcInHeat, const long long *cells, int count, const float *heat)
{
    const int n = int(blockIdx.x * blockDim.x + threadIdx.x);
    if (n < count)
        bcInHeat[cells[n]] = heat[n];
}

/// Non-negative floats order like their bit patterns, so atomicMax on the bits is a float maximum.
__device__ inline void atomicMaxFloat(float *target, float value)
{
    atomicMax(reinterpret_cast<unsigned int *>(target), __float_as_uint(fabsf(value)));
}

__global__ void cellResidualKernel(FlowView v, Extent e, float *out)
{
    int i, j, k;
    if (!pick(e, -1, &i, &j, &k))
        return;
    const long long c = cellIndex(v, i, j, k);
    if (v.solid[c])
        return;
    atomicMaxFloat(&out[0], v.temp[c] - v.tempOld[c]);
    atomicMaxFloat(&out[2], cellDivergence(v, i, j, k));
}

__global__ void faceResidualKernel(const float *vel, const float *old, long long count, float *out)
{
    const long long n = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (n < count)
        atomicMaxFloat(&out[1], vel[n] - old[n]);
}

__global__ void cellCentreKernel(FlowView v, Extent e, float *ux, float *uy, float *uz)
{
    int i, j, k;
    if (!pick(e, -1, &i, &j, &k))
        return;
    const long long c = cellIndex(v, i, j, k);
    float *out[3] = { ux, uy, uz };
    for (int a = 0; a < 3; ++a) {
        const long long f = faceIndex(v, a, i, j, k);
        out[a][c] = v.solid[c] ? 0.0f : 0.5f * (v.vel[a][f] + v.vel[a][f + faceStride(v, a, a)]);
    }
}

class CudaOps final : public ThermalOps {
public:
    ~CudaOps() override
    {
        for (void *p : mAllocations)
            cudaFree(p);
    }

    bool upload(const ThermalSetup &setup, const FlowParameters &parameters) override
    {
        const float initialTempC = parameters.initialTempC;
        mGrid = setup.grid;
        const std::size_t cells = mGrid.cellCount();
        FlowView &v = mView;
        v.n[0] = mGrid.nx;
        v.n[1] = mGrid.ny;
        v.n[2] = mGrid.nz;
        v.h = mGrid.cellM;
        v.gBeta = parameters.gBeta;
        v.referenceTempC = parameters.referenceTempC;
        v.kEpsilon = parameters.kEpsilon ? 1 : 0;
        v.turbulentPrandtl = parameters.kEpsilon ? kKEpsilonPrandtl : kTurbulentPrandtl;
        for (int a = 0; a < 3; ++a) {
            mFaces[a] = setup.kind[a].size();
            v.vel[a] = allocCopy(setup.velocity[a]);
            v.velOld[a] = allocCopy(setup.velocity[a]);
            mKind[a] = allocCopy(setup.kind[a]);
            v.kind[a] = mKind[a];
        }
        const std::vector<float> initial(cells, initialTempC), zero(cells, 0.0f), nu(cells, kAirKinematicViscosity);
        v.temp = allocCopy(initial);
        v.tempOld = allocCopy(initial);
        v.pressure = allocCopy(zero);
        v.phi = allocCopy(zero);
        v.rhs = allocCopy(zero);
        v.nu = allocCopy(nu);
        v.wallDist = allocCopy(setup.wallDistM);
        v.bcInHeat = allocCopy(zero);
        v.tke = allocCopy(std::vector<float>(cells, parameters.initialTke));
        v.dissipation = allocCopy(std::vector<float>(cells, parameters.initialDissipation));
        v.production = allocCopy(zero);
        v.solid = allocCopy(setup.solid);
        mSampled = allocCopy(setup.sampledCells);
        mSampledCount = int(setup.sampledCells.size());
        mSampleBuffer = alloc<float>(setup.sampledCells.size() + 1);
        mInflow = allocCopy(setup.inflowCells);
        mInflowCount = int(setup.inflowCells.size());
        mHeatBuffer = alloc<float>(setup.inflowCells.size() + 1);
        mResidual = alloc<float>(3);
        buildLevels();
        return !mFailed;
    }

    bool updateBoundary(const ThermalSetup &setup) override
    {
        // Only fixed faces change (a cooler stops): rewrite kinds, and the velocities of faces that are
        // not open (open ones keep their solved values).
        for (int a = 0; a < 3; ++a) {
            std::vector<float> velocity(mFaces[a]);
            check(cudaMemcpy(velocity.data(), mView.vel[a], mFaces[a] * sizeof(float), cudaMemcpyDeviceToHost));
            for (std::size_t f = 0; f < mFaces[a]; ++f)
                if (setup.kind[a][f] != kOpen)
                    velocity[f] = setup.velocity[a][f];
            check(cudaMemcpy(mView.vel[a], velocity.data(), mFaces[a] * sizeof(float), cudaMemcpyHostToDevice));
            check(cudaMemcpy(mKind[a], setup.kind[a].data(), mFaces[a], cudaMemcpyHostToDevice));
        }
        updateConductances();
        return !mFailed;
    }

    void beginStep() override
    {
        for (int a = 0; a < 3; ++a)
            check(cudaMemcpyAsync(mView.velOld[a], mView.vel[a], mFaces[a] * sizeof(float), cudaMemcpyDeviceToDevice));
        check(cudaMemcpyAsync(mView.tempOld, mView.temp, mGrid.cellCount() * sizeof(float), cudaMemcpyDeviceToDevice));
    }

    void updateViscosity() override { launchCells(viscosityKernel, mView); }

    void momentumSweep(int component, int color, float dt) override
    {
        const Extent e = faceExtent(component);
        momentumKernel<<<blocks(e), kBlock>>>(mView, e, component, color, dt);
        checkLaunch();
    }

    void prepareProjection(float invDt) override
    {
        const Extent e = cellExtent();
        prepareKernel<<<blocks(e), kBlock>>>(mView, e, invDt);
        checkLaunch();
    }

    void smoothLevel(int level, int color, float omega) override
    {
        const PoissonLevel &l = mLevels[std::size_t(level)];
        smoothKernel<<<blocks(extent(l)), kBlock>>>(l, extent(l), color, omega);
        checkLaunch();
    }

    void residualLevel(int level) override
    {
        const PoissonLevel &l = mLevels[std::size_t(level)];
        residualKernel<<<blocks(extent(l)), kBlock>>>(l, extent(l));
        checkLaunch();
    }

    void restrictToLevel(int coarseLevel) override
    {
        const PoissonLevel &l = mLevels[std::size_t(coarseLevel)];
        restrictKernel<<<blocks(extent(l)), kBlock>>>(mLevels[std::size_t(coarseLevel - 1)], l, extent(l));
        checkLaunch();
    }

    void prolongFromLevel(int coarseLevel) override
    {
        const PoissonLevel &fine = mLevels[std::size_t(coarseLevel - 1)];
        prolongKernel<<<blocks(extent(fine)), kBlock>>>(fine, mLevels[std::size_t(coarseLevel)], extent(fine));
        checkLaunch();
    }

    void project(float dt) override
    {
        for (int a = 0; a < 3; ++a) {
            const Extent e = faceExtent(a);
            projectKernel<<<blocks(e), kBlock>>>(mView, e, a, dt);
            checkLaunch();
        }
        launchCells(accumulateKernel, mView);
    }

    void energySweep(int color, float dt) override
    {
        const Extent e = cellExtent();
        energyKernel<<<blocks(e), kBlock>>>(mView, e, color, dt);
        checkLaunch();
    }

    void turbulenceProduction() override { launchCells(productionKernel, mView); }

    void turbulenceSweep(int color, float dt) override
    {
        const Extent e = cellExtent();
        turbulenceKernel<<<blocks(e), kBlock>>>(mView, e, color, dt);
        checkLaunch();
    }

    void sampleTemperatures(std::vector<float> *out) override
    {
        out->resize(std::size_t(mSampledCount));
        if (mSampledCount == 0)
            return;
        gatherKernel<<<(mSampledCount + 255) / 256, 256>>>(mView.temp, mSampled, mSampledCount, mSampleBuffer);
        checkLaunch();
        check(cudaMemcpy(out->data(), mSampleBuffer, out->size() * sizeof(float), cudaMemcpyDeviceToHost));
    }

    void setInflowHeat(const std::vector<float> &heat) override
    {
        if (mInflowCount == 0)
            return;
        check(cudaMemcpy(mHeatBuffer, heat.data(), heat.size() * sizeof(float), cudaMemcpyHostToDevice));
        scatterKernel<<<(mInflowCount + 255) / 256, 256>>>(mView.bcInHeat, mInflow, mInflowCount, mHeatBuffer);
        checkLaunch();
    }

    void setTemperatures(const std::vector<float> &tempC) override
    {
        check(cudaMemcpy(mView.temp, tempC.data(), tempC.size() * sizeof(float), cudaMemcpyHostToDevice));
        check(cudaMemcpy(mView.tempOld, tempC.data(), tempC.size() * sizeof(float), cudaMemcpyHostToDevice));
    }

    StepResiduals residuals() override
    {
        check(cudaMemset(mResidual, 0, 3 * sizeof(float)));
        const Extent e = cellExtent();
        cellResidualKernel<<<blocks(e), kBlock>>>(mView, e, mResidual);
        checkLaunch();
        for (int a = 0; a < 3; ++a) {
            const long long count = (long long)mFaces[a];
            faceResidualKernel<<<unsigned((count + 255) / 256), 256>>>(mView.vel[a], mView.velOld[a], count, mResidual);
            checkLaunch();
        }
        float host[3] = { 0, 0, 0 };
        check(cudaMemcpy(host, mResidual, sizeof host, cudaMemcpyDeviceToHost));
        StepResiduals r;
        r.maxTempChangeK = host[0];
        r.maxVelocityChangeMPerS = host[1];
        r.maxDivergencePerS = host[2];
        return r;
    }

    void download(ThermalFields *fields) override
    {
        const std::size_t cells = mGrid.cellCount();
        fields->temperatureC.resize(cells);
        fields->solid.resize(cells);
        check(cudaMemcpy(fields->temperatureC.data(), mView.temp, cells * sizeof(float), cudaMemcpyDeviceToHost));
        check(cudaMemcpy(fields->solid.data(), mView.solid, cells, cudaMemcpyDeviceToHost));
        float *centre[3];
        for (int a = 0; a < 3; ++a)
            centre[a] = alloc<float>(cells);
        if (mFailed)
            return;
        const Extent e = cellExtent();
        cellCentreKernel<<<blocks(e), kBlock>>>(mView, e, centre[0], centre[1], centre[2]);
        checkLaunch();
        for (int a = 0; a < 3; ++a) {
            fields->velocityMPerS[a].resize(cells);
            check(
                cudaMemcpy(fields->velocityMPerS[a].data(), centre[a], cells * sizeof(float), cudaMemcpyDeviceToHost));
        }
        for (std::size_t c = 0; c < cells; ++c)
            if (fields->solid[c])
                fields->temperatureC[c] = std::numeric_limits<float>::quiet_NaN();
    }

    bool failed() const override { return mFailed; }
    std::string error() const override { return mError; }

private:
    static inline const dim3 kBlock { 32, 4, 2 };

    static Extent extent(const PoissonLevel &l) { return Extent { { l.n[0], l.n[1], l.n[2] } }; }

    void buildLevels()
    {
        const std::vector<LevelShape> shapes = multigridShapes(mGrid.nx, mGrid.ny, mGrid.nz);
        mLevels.assign(shapes.size(), PoissonLevel {});
        for (std::size_t n = 0; n < shapes.size(); ++n) {
            PoissonLevel &l = mLevels[n];
            const std::size_t cells = std::size_t(shapes[n].n[0]) * shapes[n].n[1] * shapes[n].n[2];
            for (int d = 0; d < 3; ++d) {
                l.n[d] = shapes[n].n[d];
                l.ratio[d] = shapes[n].ratio[d];
                l.g[d] = alloc<float>(cells);
            }
            l.res = alloc<float>(cells);
            l.diag = alloc<float>(cells);
            l.phi = n == 0 ? mView.phi : alloc<float>(cells);  // level 0: the flow grid's correction
            l.b = n == 0 ? mView.rhs : alloc<float>(cells);
            if (mFailed)
                return;
            if (n > 0) {
                check(cudaMemset(l.phi, 0, cells * sizeof(float)));
                check(cudaMemset(l.b, 0, cells * sizeof(float)));
            }
            check(cudaMemset(l.res, 0, cells * sizeof(float)));
        }
        updateConductances();
    }

    void updateConductances()
    {
        if (mFailed)
            return;
        for (std::size_t n = 0; n < mLevels.size(); ++n) {
            const PoissonLevel &l = mLevels[n];
            if (n == 0)
                fineConductanceKernel<<<blocks(extent(l)), kBlock>>>(mView, l, extent(l));
            else
                coarseConductanceKernel<<<blocks(extent(l)), kBlock>>>(mLevels[n - 1], l, extent(l));
            checkLaunch();
            diagonalKernel<<<blocks(extent(l)), kBlock>>>(l, extent(l));
            checkLaunch();
        }
    }

    Extent cellExtent() const { return Extent { { mGrid.nx, mGrid.ny, mGrid.nz } }; }
    Extent faceExtent(int component) const
    {
        return Extent { { mGrid.nx + (component == 0), mGrid.ny + (component == 1), mGrid.nz + (component == 2) } };
    }
    static dim3 blocks(const Extent &e)
    {
        return dim3(unsigned((e.n[0] + kBlock.x - 1) / kBlock.x), unsigned((e.n[1] + kBlock.y - 1) / kBlock.y),
            unsigned((e.n[2] + kBlock.z - 1) / kBlock.z));
    }

    template <class Kernel> void launchCells(Kernel kernel, const FlowView &v)
    {
        const Extent e = cellExtent();
        kernel<<<blocks(e), kBlock>>>(v, e);
        checkLaunch();
    }

    void check(cudaError_t rc)
    {
        if (rc != cudaSuccess && !mFailed) {
            mFailed = true;
            mError = std::string("CUDA error: ") + cudaGetErrorString(rc);
        }
    }
    void checkLaunch() { check(cudaGetLastError()); }

    template <class T> T *alloc(std::size_t count)
    {
        void *p = nullptr;
        check(cudaMalloc(&p, std::max<std::size_t>(count, 1) * sizeof(T)));
        if (p)
            mAllocations.push_back(p);
        return static_cast<T *>(p);
    }

    template <class T> T *allocCopy(const std::vector<T> &host)
    {
        T *p = alloc<T>(host.size());
        if (p && !host.empty())
            check(cudaMemcpy(p, host.data(), host.size() * sizeof(T), cudaMemcpyHostToDevice));
        return p;
    }

    ThermalGrid mGrid;
    FlowView mView {};
    std::vector<PoissonLevel> mLevels;
    std::uint8_t *mKind[3] = {};
    std::size_t mFaces[3] = {};
    long long *mSampled = nullptr;
    long long *mInflow = nullptr;
    int mSampledCount = 0;
    int mInflowCount = 0;
    float *mSampleBuffer = nullptr;
    float *mHeatBuffer = nullptr;
    float *mResidual = nullptr;
    std::vector<void *> mAllocations;
    bool mFailed = false;
    std::string mError;
};

}  // namespace

std::unique_ptr<ThermalOps> makeCudaOps()
{
    return std::make_unique<CudaOps>();
}

}  // namespace rw::engine::thermal
