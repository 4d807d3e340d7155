// SPDX-License-Identifier: GPL-3.0-or-later
// A NetBox device-type file (YAML subset) from anyone: importing refuses with one line or gives a device
// type the catalogue's checks accept.
#include "fuzzsupport.h"

#include "catalogue/netboximport.h"
#include "catalogue/yamlsubset.h"

RW_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml = rwfuzz::bytes(data, size);
    const rw::YamlResult parsed = rw::YamlSubset::parse(yaml);
    rwfuzz::requireOneLine(parsed.error);
    const rw::NetBoxImportResult result = rw::NetBoxImport::fromYaml(yaml, QStringLiteral("fuzz.yaml"));
    rwfuzz::requireOneLine(result.error);
    return 0;
}
