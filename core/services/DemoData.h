// Realistic, repeatable demo data in Lithuanian, Polish, Ukrainian, Romanian, Russian and English.
#pragma once

#include "util/Result.h"

#include <functional>

namespace tandem {

class Session;

struct DemoOptions {
    int contacts = 2000;
    quint64 seed = 1;
};

struct DemoStats {
    int users = 0;
    int companies = 0;
    int contacts = 0;
    int leads = 0;
    int deals = 0;
    int activities = 0;
    qint64 elapsedMs = 0;
};

// Fills an initialised, empty database. Same seed and same clock reading: same data.
Result<DemoStats> generateDemo(Session& session, const DemoOptions& options,
                               const std::function<void(int percent)>& progress = {});

} // namespace tandem
