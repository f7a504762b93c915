#include "services/DemoData.h"

#include <QCoreApplication>

namespace tandem {

Result<DemoStats> generateDemo(Session&, const DemoOptions&, const std::function<void(int)>&)
{
    return makeError(QCoreApplication::translate("DemoData", "Demo data is being written."));
}

} // namespace tandem
