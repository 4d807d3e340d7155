// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rw::engine::thermal {

/// A fixed set of threads that split index ranges between them; the calling thread takes the first
/// share. Kept alive across calls: a solver step runs about a hundred short loops.
class WorkerPool {
public:
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    int size() const { return int(mThreads.size()) + 1; }
    /// Calls body(begin, end) on disjoint parts of [0, count) and returns when all are done.
    void run(long long count, const std::function<void(long long, long long)> &body);

private:
    void work(int index);

    std::vector<std::thread> mThreads;
    std::mutex mMutex;
    std::condition_variable mStart;
    std::condition_variable mDone;
    const std::function<void(long long, long long)> *mBody = nullptr;
    long long mCount = 0;
    long long mGeneration = 0;
    int mPending = 0;
    bool mStop = false;
};

}  // namespace rw::engine::thermal
