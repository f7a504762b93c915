// The Pipeline sidebar entry: the board, and its commands (move to the next or previous stage,
// won, lost, forecast, edit the pipelines and their playbooks).
#pragma once

#include "common/Module.h"
#include "common/UiContext.h"
#include "pipeline/BoardView.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace tandem {

class PipelineModule : public QObject, public Module {
    Q_OBJECT
public:
    explicit PipelineModule(const UiContext& context, QObject* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createWidget(QWidget* parent) override;
    QList<QAction*> actions() const override;
    QStringList entities() const override;
    bool open(const QString& entity, const QString& id) override;
    bool confirmClose() override;

    BoardView* board() const { return m_board; }
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    QAction* wonAction() const { return m_won; }
    QAction* lostAction() const { return m_lost; }
    QAction* editAction() const { return m_edit; }

private:
    void updateActions();

    UiContext m_ctx;
    QPointer<BoardView> m_board;
    QAction* m_open;
    QAction* m_previous;
    QAction* m_next;
    QAction* m_won;
    QAction* m_lost;
    QAction* m_edit;
    QAction* m_separator;
};

} // namespace tandem
