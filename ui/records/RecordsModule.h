// A sidebar module over one entity (contacts, companies …): the generic list and form, its icon,
// and its New / Save / Revert / Delete commands.
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"
#include "records/RecordListView.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;

namespace tandem {

struct EntityDef;
class RecordForm;
class RecordPage;

class RecordsModule : public QObject, public Module {
    Q_OBJECT
public:
    // `iconName`: one of resources/icons; `sortField`: the list's first order (empty: by name).
    RecordsModule(const UiContext& context, const QString& entity, const QString& iconName,
        const QString& sortField = {}, Qt::SortOrder order = Qt::AscendingOrder,
        QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool startNew(const QString& entity, const QVariantMap& preset) override;
    bool confirmClose() override;

    RecordListView* view() const { return m_view; }

    // A card shown in front of each record's details (a campaign's figures, a colleague's skills),
    // made by `make` when the screen is built, on a tab with `iconName` and `title`; the card takes
    // the wider share of the screen. Call before createWidget.
    void setCard(const std::function<RecordPage*(RecordForm*)>& make, const QString& iconName,
        const QString& title);
    // The card (null before createWidget, or without setCard).
    RecordPage* card() const { return m_card; }

private:
    void updateActions();

    UiContext m_ctx;
    const EntityDef& m_def;
    QString m_iconName;
    QString m_sortField;
    Qt::SortOrder m_order;
    QPointer<RecordListView> m_view;
    std::function<RecordPage*(RecordForm*)> m_makeCard;
    QString m_cardIcon;
    QString m_cardTitle;
    RecordPage* m_card = nullptr;
    QAction* m_new;
    QAction* m_save;
    QAction* m_revert;
    QAction* m_delete;
};

} // namespace tandem
