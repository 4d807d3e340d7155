// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Storage templated on where it lives: Array<T, HostSpace> in main memory, Array<T, DeviceSpace> (in
// cuda/src/gpu/cudaexecutor.cuh) in GPU memory. A space is a small set of static functions that
// allocate, free and copy bytes; every one returns false on failure so that an engine can report it.

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace rw::engine::thermal {

struct HostSpace {
    /// Large arrays start at staggered offsets within a page: fields read at the same index in one cell
    /// update then fall into different cache sets (arrays that all start at the same page offset evict
    /// each other from the 4 KB-periodic L1 sets).
    static void *allocate(std::size_t bytes)
    {
        static std::atomic<unsigned> counter { 0 };
        const std::size_t offset = kHeader + (counter++ % 32u) * 128u;
        char *block = static_cast<char *>(std::malloc(bytes + offset));
        if (!block)
            return nullptr;
        char *p = block + offset;
        std::memcpy(p - sizeof(char *), &block, sizeof(char *));
        return p;
    }
    static void release(void *p)
    {
        if (!p)
            return;
        char *block;
        std::memcpy(&block, static_cast<char *>(p) - sizeof(char *), sizeof(char *));
        std::free(block);
    }
    /// Host memory into this space, this space into host memory, and within this space.
    static bool upload(void *to, const void *from, std::size_t bytes)
    {
        if (bytes > 0)
            std::memcpy(to, from, bytes);
        return true;
    }
    static bool download(void *to, const void *from, std::size_t bytes) { return upload(to, from, bytes); }
    static bool copy(void *to, const void *from, std::size_t bytes) { return upload(to, from, bytes); }

private:
    static constexpr std::size_t kHeader = 64;  ///< keeps the block pointer and 64-byte alignment
};

/// count elements of T in Space; moved, never copied. data() is null when the allocation failed.
template <class T, class Space> class Array {
public:
    Array() = default;
    explicit Array(std::size_t count) : mData(static_cast<T *>(Space::allocate(count * sizeof(T)))), mSize(count) { }
    ~Array() { Space::release(mData); }
    Array(Array &&other) noexcept : mData(std::exchange(other.mData, nullptr)), mSize(std::exchange(other.mSize, 0)) { }
    Array &operator=(Array &&other) noexcept
    {
        std::swap(mData, other.mData);
        std::swap(mSize, other.mSize);
        return *this;
    }
    Array(const Array &) = delete;
    Array &operator=(const Array &) = delete;

    T *data() const { return mData; }
    std::size_t size() const { return mSize; }
    bool valid() const { return mData != nullptr; }

    /// Copies host values in (values.size() must equal size()); false on failure.
    bool upload(const std::vector<T> &values) const
    {
        return mData && values.size() == mSize && Space::upload(mData, values.data(), mSize * sizeof(T));
    }
    bool download(std::vector<T> *values) const
    {
        values->resize(mSize);
        return mData && Space::download(values->data(), mData, mSize * sizeof(T));
    }
    bool copyFrom(const Array &other) const
    {
        return mData && other.mSize == mSize && Space::copy(mData, other.mData, mSize * sizeof(T));
    }

private:
    T *mData = nullptr;
    std::size_t mSize = 0;
};

}  // namespace rw::engine::thermal
