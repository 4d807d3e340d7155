// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sparse symmetric positive definite solve for the hydraulic Newton step: reverse Cuthill-McKee ordering and a
// Cholesky factor stored row by row from each row's first nonzero (the envelope, which holds all the fill).
// Coolant loops are ladders (supply and return headers with rack branches), so the envelope stays narrow and a
// factorisation costs O(n b^2) with a bandwidth b of a few nodes.

#include <vector>

namespace rw::engine::liquid {

class EnvelopeCholesky {
public:
    /// Orders the graph given as adjacency lists (symmetric, no self loops) and sets up the envelope.
    explicit EnvelopeCholesky(const std::vector<std::vector<int>> &adjacency);

    void clear();
    void addDiagonal(int i, double value) { mDiagonal[mPosition[i]] += value; }
    /// Adds value at (i, j) and (j, i); i and j must be neighbours in the graph.
    void addOffDiagonal(int i, int j, double value);
    /// Factorises and solves in place; false where the matrix is not positive definite.
    bool solve(std::vector<double> &rhsThenSolution);

private:
    std::vector<int> mPosition;  ///< original index -> position in the ordering
    std::vector<int> mFirst;  ///< per position: first column in the envelope
    std::vector<int> mOffset;  ///< per position: where the row's strictly-lower entries start in mLower
    std::vector<double> mLower;
    std::vector<double> mDiagonal;
    std::vector<double> mWork;
};

}  // namespace rw::engine::liquid
