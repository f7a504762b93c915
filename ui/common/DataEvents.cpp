#include "common/DataEvents.h"

namespace tandem {

DataEvents::DataEvents(QObject* parent)
    : QObject(parent)
{
}

void DataEvents::notifyChanged(const QString& entity, const QString& id)
{
    emit recordsChanged(entity, id);
}

void DataEvents::notifyFailed(const QString& message)
{
    emit writeFailed(message);
}

void DataEvents::requestOpen(const QString& entity, const QString& id)
{
    emit openRequested(entity, id);
}

void DataEvents::requestNew(const QString& entity, const QVariantMap& preset)
{
    emit newRequested(entity, preset);
}

} // namespace tandem
