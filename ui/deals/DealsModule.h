// The Deals screen: the list of deals by close date, each deal's card (stages, playbook checklist,
// moves) in front of its details. New deals start on their pipeline's first stage with its
// playbook; a stage or status changed in the form goes through the same rules as the board.
#pragma once

#include "records/RecordsModule.h"
#include "util/Result.h"

#include <QVariantMap>

namespace tandem {

class DealCardView;

class DealsModule : public RecordsModule {
    Q_OBJECT
public:
    explicit DealsModule(const UiContext& context, QObject* parent = nullptr);

    QWidget* createWidget(QWidget* parent) override;
    DealCardView* card() const { return m_card; }

private:
    Result<QString> create(const QVariantMap& values);
    Result<void> update(const QString& id, const QVariantMap& changes);

    UiContext m_context;
    DealCardView* m_card = nullptr;
};

} // namespace tandem
