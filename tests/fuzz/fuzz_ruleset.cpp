// A rule set (resources/rules/*.json) from anyone: loading refuses with one line or gives rules that name
// known checks.
#include "fuzzsupport.h"

#include "review/ruleset.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw::RuleSet set;
    QString error;
    const bool ok = rw::RuleSetLoader::fromBytes(rwfuzz::bytes(data, size), &set, &error);
    rwfuzz::requireOneLine(error);
    if (ok) {
        for (const rw::Rule &rule : set.rules)
            rwfuzz::require(rw::RuleSet::knownChecks().contains(rule.check), "rules name known checks");
    }
    return 0;
}
