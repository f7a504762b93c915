#include "pipeline/PipelineEditor.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "common/RecordCommands.h"
#include "records/RecordTableModel.h"
#include "records/RecordTableView.h"
#include "services/PlaybookCondition.h"
#include "services/Workspace.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tandem {

PipelineEditor::PipelineEditor(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_pipeline(new QComboBox(this))
    , m_add(new QPushButton(tr("New pipeline…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_default(new QPushButton(tr("Make default"), this))
    , m_stageModel(new RecordTableModel(context, QStringLiteral("stage"),
          { QStringLiteral("name"), QStringLiteral("probability"), QStringLiteral("kind"),
              QStringLiteral("stall_days"), QStringLiteral("requires_checklist") },
          this))
    , m_actionModel(new RecordTableModel(context, QStringLiteral("playbook_action"),
          { QStringLiteral("title"), QStringLiteral("deadline_days"),
              QStringLiteral("hard_deadline"), QStringLiteral("required"),
              QStringLiteral("assignee_role"), QStringLiteral("assignee_id"),
              QStringLiteral("creates_case"), QStringLiteral("escalate_after_days"),
              QStringLiteral("condition"), QStringLiteral("template") },
          this))
    , m_stages(new RecordTableView(m_stageModel, tr("Stages"), this))
    , m_actions(new RecordTableView(m_actionModel, tr("Playbook of the selected stage"), this))
    , m_instructions(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("pipelineEditor"));
    setWindowTitle(tr("Pipelines and playbooks"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Pipeline:"), this));
    static_cast<QLabel*>(top->itemAt(0)->widget())->setBuddy(m_pipeline);
    m_pipeline->setMinimumWidth(220);
    top->addWidget(m_pipeline);
    top->addWidget(m_add);
    top->addWidget(m_rename);
    top->addWidget(m_default);
    top->addStretch(1);
    layout->addLayout(top);

    auto* hint = new QLabel(tr("Double-click a cell to change it. A stage's probability weighs "
                               "the forecast; a deal that sits in a stage longer than its "
                               "“stalled after” days is marked on the board. Entering a stage "
                               "gives the deal owner its playbook actions as tasks."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto* conditionHint = new QLabel(
        tr("A condition limits an action to the deals it fits, as in “amount > 10000”. With "
           "“quote_discount > 15” (the largest discount on the deal's open quotes, in percent) "
           "the action is a manager's approval: the quote waits for it, and ticking it approves "
           "the quote."),
        this);
    conditionHint->setWordWrap(true);
    conditionHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(conditionHint);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stages);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_actions, 1);
    auto* instructionsLabel = new QLabel(tr("&Instructions for the selected action:"), lower);
    instructionsLabel->setBuddy(m_instructions);
    lowerLayout->addWidget(instructionsLabel);
    m_instructions->setMaximumHeight(90);
    m_instructions->installEventFilter(this);
    lowerLayout->addWidget(m_instructions);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_stages->setNewValues([this] {
        return QVariantMap { { QStringLiteral("name"), tr("New stage") },
            { QStringLiteral("kind"), QStringLiteral("open") },
            { QStringLiteral("probability"), 50 } };
    });
    m_actions->setNewValues([this] {
        return QVariantMap { { QStringLiteral("title"), tr("New action") },
            { QStringLiteral("deadline_days"), 3 } };
    });
    m_actionModel->setValidator(QStringLiteral("condition"),
        [](const QVariant& v) { return PlaybookCondition::validate(v.toString()); });

    connect(m_pipeline, &QComboBox::activated, this,
        [this] { showPipeline(m_pipeline->currentData().toString()); });
    connect(m_stages, &RecordTableView::currentChanged, this, [this](const QString& stageId) {
        m_actionModel->setScope(QStringLiteral("stage_id"), stageId);
        // The stage's first action is shown with its instructions, ready to edit.
        if (m_actionModel->rowCount() > 0)
            m_actions->selectId(m_actionModel->idAt(0));
    });
    connect(m_actions, &RecordTableView::currentChanged, this, &PipelineEditor::onActionChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (auto name = Prompter::text(this, tr("New pipeline"), tr("Name:")); name)
            addPipeline(*name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (auto name
            = Prompter::text(this, tr("Rename pipeline"), tr("Name:"), m_pipeline->currentText());
            name)
            renameCurrent(*name);
    });
    connect(m_default, &QPushButton::clicked, this, &PipelineEditor::makeCurrentDefault);
    connect(this, &QDialog::finished, this, &PipelineEditor::saveInstructions);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("pipeline"))
            fillPipelines();
    });

    fillPipelines();
    showPipeline(Workspace::defaultPipelineId(m_ctx.session));
    resize(900, 640);
}

void PipelineEditor::fillPipelines()
{
    const QString current = m_pipeline->currentData().toString();
    const QString defaultId = Workspace::defaultPipelineId(m_ctx.session);
    m_pipeline->clear();
    ListQuery q;
    q.orderBy = QStringLiteral("position");
    if (auto rows = m_ctx.session.records().list(QStringLiteral("pipeline"), q)) {
        for (const Record& r : *rows) {
            const QString name = r.text(QStringLiteral("name"));
            m_pipeline->addItem(r.id == defaultId ? tr("%1 (default)").arg(name) : name, r.id);
        }
    }
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(current)));
}

QString PipelineEditor::pipelineId() const
{
    return m_pipeline->currentData().toString();
}

void PipelineEditor::showPipeline(const QString& pipelineId)
{
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(pipelineId)));
    m_stageModel->setScope(QStringLiteral("pipeline_id"), this->pipelineId());
    m_default->setEnabled(this->pipelineId() != Workspace::defaultPipelineId(m_ctx.session));
    if (m_stageModel->rowCount() > 0)
        m_stages->selectId(m_stageModel->idAt(0));
    else
        m_actionModel->setScope(QStringLiteral("stage_id"), QString());
}

bool PipelineEditor::addPipeline(const QString& name)
{
    if (name.trimmed().isEmpty())
        return false;
    QString id;
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Add pipeline “%1”").arg(name.trimmed()), [&]() -> Result<void> {
            RecordStore& rs = m_ctx.session.records();
            auto p = rs.create(QStringLiteral("pipeline"),
                { { QStringLiteral("name"), name.trimmed() },
                    { QStringLiteral("position"), m_pipeline->count() } });
            if (!p)
                return p.error();
            id = *p;
            // A pipeline starts with one working stage and its two ends.
            const QList<std::tuple<QString, int, QString>> stages {
                { tr("New"), 10, QStringLiteral("open") },
                { tr("Won"), 100, QStringLiteral("won") },
                { tr("Lost"), 0, QStringLiteral("lost") },
            };
            int position = 0;
            for (const auto& [stageName, probability, kind] : stages) {
                auto s = rs.create(QStringLiteral("stage"),
                    { { QStringLiteral("pipeline_id"), id }, { QStringLiteral("name"), stageName },
                        { QStringLiteral("probability"), probability },
                        { QStringLiteral("kind"), kind },
                        { QStringLiteral("position"), position++ } });
                if (!s)
                    return s.error();
            }
            return {};
        });
    if (!r) {
        Prompter::warning(this, tr("Not added"), r.error().message);
        return false;
    }
    fillPipelines();
    showPipeline(id);
    return true;
}

bool PipelineEditor::renameCurrent(const QString& name)
{
    const auto r = RecordCommands::edit(m_ctx.undoStack, m_ctx.session.records(), m_ctx.events,
        QStringLiteral("pipeline"), pipelineId(), { { QStringLiteral("name"), name.trimmed() } });
    if (!r) {
        Prompter::warning(this, tr("Not renamed"), r.error().message);
        return false;
    }
    fillPipelines();
    return true;
}

bool PipelineEditor::makeCurrentDefault()
{
    const QString id = pipelineId();
    const QString previous = Workspace::defaultPipelineId(m_ctx.session);
    if (id.isEmpty() || id == previous)
        return false;
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Make “%1” the default pipeline")
            .arg(m_ctx.session.records().labelOf(QStringLiteral("pipeline"), id)),
        [&]() -> Result<void> {
            RecordStore& rs = m_ctx.session.records();
            if (!previous.isEmpty()) {
                if (auto w = rs.update(QStringLiteral("pipeline"), previous,
                        { { QStringLiteral("is_default"), false } });
                    !w)
                    return w;
            }
            return rs.update(
                QStringLiteral("pipeline"), id, { { QStringLiteral("is_default"), true } });
        });
    if (!r) {
        Prompter::warning(this, tr("Not changed"), r.error().message);
        return false;
    }
    fillPipelines();
    m_default->setEnabled(false);
    return true;
}

void PipelineEditor::onActionChanged(const QString& actionId)
{
    saveInstructions();
    m_actionId = actionId;
    const auto action = actionId.isEmpty()
        ? std::nullopt
        : m_ctx.session.records().get(QStringLiteral("playbook_action"), actionId);
    const QSignalBlocker block(m_instructions);
    m_instructions->setPlainText(action ? action->text(QStringLiteral("instructions")) : QString());
    m_instructions->setEnabled(action.has_value());
}

void PipelineEditor::saveInstructions()
{
    const int row = m_actionModel->rowOf(m_actionId);
    if (row < 0)
        return;
    const QString text = m_instructions->toPlainText();
    if (text == m_actionModel->recordAt(row).text(QStringLiteral("instructions")))
        return;
    m_actionModel->setField(row, QStringLiteral("instructions"), text);
}

bool PipelineEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_instructions && event->type() == QEvent::FocusOut)
        saveInstructions();
    return QDialog::eventFilter(watched, event);
}

} // namespace tandem
