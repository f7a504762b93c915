// The Sync sidebar entry: exchanging changes with the team's other copies.
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"
#include "sync/SyncView.h"

#include <QObject>
#include <QPointer>

namespace tandem {



class SyncModule : public QObject, public Module {
    Q_OBJECT
public:
    explicit SyncModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override { return QStringLiteral("sync"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override { return {}; }
    bool open(const QString&, const QString&) override { return false; }
    bool confirmClose() override { return true; }

    SyncView* view() const { return m_view; }

private:
    UiContext m_ctx;
    QPointer<SyncView> m_view;
    QAction* m_syncNow;
};

} // namespace tandem
