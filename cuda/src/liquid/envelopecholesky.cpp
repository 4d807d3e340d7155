// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelopecholesky.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace rw::engine::liquid {

namespace {

/// Reverse Cuthill-McKee, one pass per connected part, each started from a node of least degree.
std::vector<int> reverseCuthillMcKee(const std::vector<std::vector<int>> &adjacency)
{
    const int n = int(adjacency.size());
    std::vector<int> order;
    order.reserve(n);
    std::vector<bool> seen(n, false);
    std::vector<int> byDegree(n);
    for (int i = 0; i < n; ++i)
        byDegree[i] = i;
    std::stable_sort(
        byDegree.begin(), byDegree.end(), [&](int a, int b) { return adjacency[a].size() < adjacency[b].size(); });
    std::vector<int> neighbours;
    for (int start : byDegree) {
        if (seen[start])
            continue;
        std::queue<int> queue;
        queue.push(start);
        seen[start] = true;
        while (!queue.empty()) {
            const int node = queue.front();
            queue.pop();
            order.push_back(node);
            neighbours.clear();
            for (int next : adjacency[node])
                if (!seen[next]) {
                    seen[next] = true;
                    neighbours.push_back(next);
                }
            std::stable_sort(neighbours.begin(), neighbours.end(),
                [&](int a, int b) { return adjacency[a].size() < adjacency[b].size(); });
            for (int next : neighbours)
                queue.push(next);
        }
    }
    std::reverse(order.begin(), order.end());
    return order;
}

}  // namespace

EnvelopeCholesky::EnvelopeCholesky(const std::vector<std::vector<int>> &adjacency)
{
    const int n = int(adjacency.size());
    const std::vector<int> order = reverseCuthillMcKee(adjacency);
    mPosition.assign(n, 0);
    for (int p = 0; p < n; ++p)
        mPosition[order[p]] = p;
    mFirst.assign(n, 0);
    mOffset.assign(n + 1, 0);
    for (int p = 0; p < n; ++p) {
        int first = p;
        for (int neighbour : adjacency[order[p]])
            first = std::min(first, mPosition[neighbour]);
        mFirst[p] = first;
        mOffset[p + 1] = mOffset[p] + (p - first);
    }
    mLower.assign(mOffset[n], 0.0);
    mDiagonal.assign(n, 0.0);
    mWork.assign(n, 0.0);
}

void EnvelopeCholesky::clear()
{
    std::fill(mLower.begin(), mLower.end(), 0.0);
    std::fill(mDiagonal.begin(), mDiagonal.end(), 0.0);
}

void EnvelopeCholesky::addOffDiagonal(int i, int j, double value)
{
    int row = mPosition[i];
    int column = mPosition[j];
    if (column > row)
        std::swap(row, column);
    mLower[mOffset[row] + (column - mFirst[row])] += value;
}

bool EnvelopeCholesky::solve(std::vector<double> &rhs)
{
    const int n = int(mDiagonal.size());
    // Factor A = L L^T in place, row by row.
    for (int i = 0; i < n; ++i) {
        double *rowI = mLower.data() + mOffset[i];
        const int firstI = mFirst[i];
        for (int j = firstI; j < i; ++j) {
            const double *rowJ = mLower.data() + mOffset[j];
            const int from = std::max(firstI, mFirst[j]);
            double sum = rowI[j - firstI];
            for (int k = from; k < j; ++k)
                sum -= rowI[k - firstI] * rowJ[k - mFirst[j]];
            rowI[j - firstI] = sum / mDiagonal[j];
        }
        double diagonal = mDiagonal[i];
        for (int k = firstI; k < i; ++k)
            diagonal -= rowI[k - firstI] * rowI[k - firstI];
        if (!(diagonal > 0.0))
            return false;
        mDiagonal[i] = std::sqrt(diagonal);
    }
    // Forward (L y = b) and backward (L^T x = y) substitution in the ordering.
    for (int p = 0; p < n; ++p)
        mWork[p] = 0.0;
    for (int i = 0; i < int(mPosition.size()); ++i)
        mWork[mPosition[i]] = rhs[i];
    for (int i = 0; i < n; ++i) {
        const double *rowI = mLower.data() + mOffset[i];
        double sum = mWork[i];
        for (int k = mFirst[i]; k < i; ++k)
            sum -= rowI[k - mFirst[i]] * mWork[k];
        mWork[i] = sum / mDiagonal[i];
    }
    for (int i = n - 1; i >= 0; --i) {
        mWork[i] /= mDiagonal[i];
        const double *rowI = mLower.data() + mOffset[i];
        for (int k = mFirst[i]; k < i; ++k)
            mWork[k] -= rowI[k - mFirst[i]] * mWork[i];
    }
    for (int i = 0; i < int(mPosition.size()); ++i)
        rhs[i] = mWork[mPosition[i]];
    return true;
}

}  // namespace rw::engine::liquid
