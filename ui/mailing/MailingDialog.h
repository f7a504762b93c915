// A postal mailing to a saved contact segment: who gets it and who is left out, personalised
// letters and address labels (print preview or PDF), and the list as CSV for mailing tools.
#pragma once

#include "common/UiContext.h"
#include "documents/MailingList.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextEdit;

namespace tandem {

struct LabelSheet;

class MailingDialog : public QDialog {
    Q_OBJECT
public:
    explicit MailingDialog(const UiContext& context, QWidget* parent = nullptr);

    // Picks a segment by id or name; false when there is no such contact segment.
    bool setSegment(const QString& idOrName);
    const MailingList& mailing() const { return m_list; }

    // Each asks for a file through Prompter; false when cancelled or it failed (a warning said
    // why).
    bool saveLettersPdf();
    bool saveLabelsPdf();
    bool saveCsv();
    void previewLetters();
    void previewLabels();
    // Writes the shipped templates into the team's folder (keeping edited ones) and opens it.
    void openTemplatesFolder();

    QComboBox* segmentCombo() const { return m_segment; }
    QLabel* summary() const { return m_summary; }
    QComboBox* templateCombo() const { return m_template; }
    QTextEdit* bodyEdit() const { return m_body; }
    QComboBox* sheetCombo() const { return m_sheet; }
    QSpinBox* skipSpin() const { return m_skip; }
    QLabel* status() const { return m_status; }
    QPushButton* saveLettersButton() const { return m_saveLetters; }
    QPushButton* saveLabelsButton() const { return m_saveLabels; }
    QPushButton* saveCsvButton() const { return m_saveCsv; }
    QPushButton* previewLettersButton() const { return m_previewLetters; }
    QPushButton* previewLabelsButton() const { return m_previewLabels; }

private:
    void loadSegments();
    void loadTemplates();
    void refresh();
    void updateSkipRange();
    const LabelSheet* currentSheet() const;
    QString suggestedPath(const QString& what, const QString& suffix) const;
    QStringList recipientIds() const;

    UiContext m_ctx;
    MailingList m_list;
    QComboBox* m_segment;
    QLabel* m_summary;
    QComboBox* m_template;
    QTextEdit* m_body;
    QPushButton* m_previewLetters;
    QPushButton* m_saveLetters;
    QComboBox* m_sheet;
    QSpinBox* m_skip;
    QCheckBox* m_outlines;
    QPushButton* m_previewLabels;
    QPushButton* m_saveLabels;
    QPushButton* m_saveCsv;
    QPushButton* m_openTemplates;
    QLabel* m_status;
};

} // namespace tandem
