#include "pipeline/PipelineModule.h"

#include "common/DataEvents.h"
#include "common/Icons.h"
#include "pipeline/BoardModel.h"
#include "pipeline/BoardView.h"
#include "pipeline/PipelineEditor.h"

#include <QAction>

namespace tandem {

PipelineModule::PipelineModule(const UiContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_open(new QAction(Icons::get(QStringLiteral("deals")), tr("&Open deal"), this))
    , m_previous(new QAction(Icons::get(QStringLiteral("previous")), tr("&Previous stage"), this))
    , m_next(new QAction(Icons::get(QStringLiteral("next")), tr("&Next stage"), this))
    , m_won(new QAction(Icons::get(QStringLiteral("won")), tr("Mark &won"), this))
    , m_lost(new QAction(Icons::get(QStringLiteral("lost")), tr("Mark &lost…"), this))
    , m_edit(new QAction(Icons::get(QStringLiteral("pipeline")), tr("&Edit pipelines…"), this))
    , m_separator(new QAction(this))
{
    m_separator->setSeparator(true);
    m_open->setObjectName(QStringLiteral("openDealAction"));
    m_previous->setObjectName(QStringLiteral("previousStageAction"));
    m_next->setObjectName(QStringLiteral("nextStageAction"));
    m_won->setObjectName(QStringLiteral("wonAction"));
    m_lost->setObjectName(QStringLiteral("lostAction"));
    m_edit->setObjectName(QStringLiteral("editPipelinesAction"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_previous->setToolTip(tr("Move the selected deal one stage back (Ctrl+Left)"));
    m_next->setToolTip(tr("Move the selected deal to the next stage (Ctrl+Right)"));
    m_won->setToolTip(tr("The customer said yes"));
    m_lost->setToolTip(tr("The deal is lost: say why"));
    m_edit->setToolTip(tr("Stages, probabilities and the playbook of each stage"));
    connect(m_open, &QAction::triggered, this, [this] {
        if (m_board && !m_board->currentDealId().isEmpty())
            m_ctx.events.requestOpen(QStringLiteral("deal"), m_board->currentDealId());
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        if (m_board)
            m_board->moveSelected(-1);
    });
    connect(m_next, &QAction::triggered, this, [this] {
        if (m_board)
            m_board->moveSelected(+1);
    });
    connect(m_won, &QAction::triggered, this, [this] {
        if (m_board)
            m_board->win(m_board->selectedDealIds());
    });
    connect(m_lost, &QAction::triggered, this, [this] {
        if (m_board)
            m_board->askLose(m_board->selectedDealIds());
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        auto* editor = new PipelineEditor(m_ctx, m_board);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        if (m_board)
            editor->showPipeline(m_board->model()->pipelineId());
        editor->open();
    });
    updateActions();
}

QString PipelineModule::key() const
{
    return QStringLiteral("pipeline");
}

QString PipelineModule::title() const
{
    return tr("Pipeline");
}

QIcon PipelineModule::icon() const
{
    return Icons::get(QStringLiteral("pipeline"));
}

QWidget* PipelineModule::createWidget(QWidget* parent)
{
    if (!m_board) {
        m_board = new BoardView(m_ctx, parent);
        connect(m_board, &BoardView::selectionChanged, this, &PipelineModule::updateActions);
        connect(m_board, &BoardView::openRequested, this,
            [this](const QString& id) { m_ctx.events.requestOpen(QStringLiteral("deal"), id); });
        updateActions();
    }
    return m_board;
}

QList<QAction*> PipelineModule::actions() const
{
    return { m_open, m_previous, m_next, m_won, m_lost, m_separator, m_edit };
}

QStringList PipelineModule::entities() const
{
    return {};
}

bool PipelineModule::open(const QString&, const QString&)
{
    return false;
}

bool PipelineModule::confirmClose()
{
    return true;
}

void PipelineModule::updateActions()
{
    const QStringList selected = m_board ? m_board->selectedDealIds() : QStringList();
    const QString current = selected.isEmpty() ? QString() : selected.first();
    m_open->setEnabled(selected.size() == 1);
    m_previous->setEnabled(
        selected.size() == 1 && !m_board->model()->neighbourStage(current, -1).isEmpty());
    m_next->setEnabled(
        selected.size() == 1 && !m_board->model()->neighbourStage(current, +1).isEmpty());
    m_won->setEnabled(!selected.isEmpty());
    m_lost->setEnabled(!selected.isEmpty());
}

} // namespace tandem
