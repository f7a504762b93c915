// The Home sidebar entry: the dashboard a salesperson sees first (see HomeView).
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"

#include <QObject>
#include <QPointer>

namespace tandem {

class HomeView;

class HomeModule : public QObject, public Module {
    Q_OBJECT
public:
    explicit HomeModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool confirmClose() override;

    HomeView* view() const;
    QAction* refreshAction() const { return m_refresh; }

private:
    UiContext m_ctx;
    QAction* m_refresh;
    QPointer<HomeView> m_view;
};

} // namespace tandem
