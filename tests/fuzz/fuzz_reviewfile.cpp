// SPDX-License-Identifier: GPL-3.0-or-later
// A review file (NAME.rackwerk-review) from anyone: reading refuses with one line or round-trips.
#include "fuzzsupport.h"

#include "review/reviewfile.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::Review review;
    QString error;
    const bool ok = rw::ReviewFile::fromBytes(rwfuzz::bytes(data, size), &review, &error);
    rwfuzz::requireOneLine(error);
    if (ok) {
        rw::Review again;
        rwfuzz::require(rw::ReviewFile::fromBytes(rw::ReviewFile::toBytes(review), &again, &error) && again == review,
            "a review that was read writes and reads back the same");
    }
    return 0;
}
