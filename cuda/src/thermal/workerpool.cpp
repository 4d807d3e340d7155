// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

namespace rw::engine::thermal {

WorkerPool::WorkerPool(int threads)
{
    for (int t = 1; t < threads; ++t)
        mThreads.emplace_back([this, t] { work(t); });
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard lock(mMutex);
        mStop = true;
    }
    mStart.notify_all();
    for (std::thread &thread : mThreads)
        thread.join();
}

void WorkerPool::run(long long count, const std::function<void(long long, long long)> &body)
{
    const int parts = size();
    if (parts == 1 || count < 2 * parts) {
        body(0, count);
        return;
    }
    {
        std::lock_guard lock(mMutex);
        mBody = &body;
        mCount = count;
        mPending = parts - 1;
        ++mGeneration;
    }
    mStart.notify_all();
    body(0, count / parts);
    std::unique_lock lock(mMutex);
    mDone.wait(lock, [this] { return mPending == 0; });
    mBody = nullptr;
}

void WorkerPool::work(int index)
{
    long long seen = 0;
    for (;;) {
        const std::function<void(long long, long long)> *body;
        long long count;
        {
            std::unique_lock lock(mMutex);
            mStart.wait(lock, [&] { return mStop || mGeneration != seen; });
            if (mStop)
                return;
            seen = mGeneration;
            body = mBody;
            count = mCount;
        }
        const int parts = size();
        (*body)(count * index / parts, count * (index + 1) / parts);
        {
            std::lock_guard lock(mMutex);
            --mPending;
        }
        mDone.notify_one();
    }
}

}  // namespace rw::engine::thermal
