// The aliyun CLI config importer on any file content: an error or profiles, all or nothing, never a crash.
#include "AliyunConfigImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto result
        = AliyunConfigImporter::importJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!result.ok() && !result.profiles.isEmpty())
        __builtin_trap(); // all or nothing
    return 0;
}
