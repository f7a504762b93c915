// Edits the sales process: the pipelines, each pipeline's stages (probability, kind, when a deal
// counts as stalled, whether the checklist must be done first) and each stage's playbook actions.
// Every change is written at once and can be undone.
#pragma once

#include "common/UiContext.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class RecordTableModel;
class RecordTableView;

class PipelineEditor : public QDialog {
    Q_OBJECT
public:
    explicit PipelineEditor(const UiContext& context, QWidget* parent = nullptr);

    void showPipeline(const QString& pipelineId);
    QString pipelineId() const;
    // New pipeline named `name`, with a first stage and its Won and Lost stages; it is shown.
    bool addPipeline(const QString& name);
    bool renameCurrent(const QString& name);
    bool makeCurrentDefault();

    RecordTableView* stages() const { return m_stages; }
    RecordTableView* actions() const { return m_actions; }
    QPlainTextEdit* instructions() const { return m_instructions; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillPipelines();
    void onActionChanged(const QString& actionId);
    void saveInstructions();

    UiContext m_ctx;
    QComboBox* m_pipeline;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_default;
    RecordTableModel* m_stageModel;
    RecordTableModel* m_actionModel;
    RecordTableView* m_stages;
    RecordTableView* m_actions;
    QPlainTextEdit* m_instructions;
    QString m_actionId;
};

} // namespace tandem
