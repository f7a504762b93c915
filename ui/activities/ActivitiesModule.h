// The Activities screen: every call, meeting, e-mail, note and task, newest first. A new one is
// logged through ActivityLog: on a new lead it marks the lead contacted, and on a colleague's
// customer it tells the owner (and says so).
#pragma once

#include "records/RecordsModule.h"

namespace tandem {

class ActivitiesModule : public RecordsModule {
    Q_OBJECT
public:
    explicit ActivitiesModule(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;

private:
    UiContext m_context;
};

} // namespace tandem
