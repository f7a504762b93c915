// Settings › Offers and documents: the letterhead's lines, the discount that needs a manager's
// approval, how long offers are valid, this computer's quote number series and the templates.
#pragma once

#include "common/UiContext.h"
#include "util/Result.h"

#include <QWidget>
#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUrl;

namespace tandem {

class DocumentSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit DocumentSettingsPage(const UiContext& context, QWidget* parent = nullptr);

    // Shows what is stored (the defaults the quotes use when nothing is).
    void load();
    // Writes what changed: the team's settings and this computer's number series. Runs inside the
    // settings dialog's one transaction, so a refusal (a series core will not take) saves
    // nothing; then errorField() is the field to show.
    Result<void> save();
    QWidget* errorField() const { return m_errorField; }

    // Instead of the system's file manager (tests).
    void setOpener(std::function<void(const QUrl&)> opener) { m_opener = std::move(opener); }

    QPlainTextEdit* letterheadEdit() const { return m_letterhead; }
    QDoubleSpinBox* approvalBox() const { return m_approval; }
    QSpinBox* validDaysBox() const { return m_validDays; }
    QLineEdit* seriesEdit() const { return m_series; }
    QLabel* seriesExample() const { return m_seriesExample; }
    QLabel* templateFolderLabel() const { return m_folder; }
    QLabel* templatesState() const { return m_templatesState; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QPushButton* copyTemplatesButton() const { return m_copyTemplates; }

private:
    void showSeriesExample();
    void openFolder();
    void copyTemplates();
    QString folder() const;

    UiContext m_ctx;
    std::function<void(const QUrl&)> m_opener;
    QPlainTextEdit* m_letterhead;
    QDoubleSpinBox* m_approval;
    QSpinBox* m_validDays;
    QLineEdit* m_series;
    QLabel* m_seriesExample;
    QLabel* m_folder;
    QLabel* m_templatesState;
    QPushButton* m_openFolder;
    QPushButton* m_copyTemplates;
    QWidget* m_errorField = nullptr;
    // As shown when loaded: a value is written only when the user changed it, so a stored value
    // the boxes cannot show exactly ("12.555", "400 days") stays as it is.
    double m_shownApproval = 0;
    int m_shownValidDays = 0;
    QString m_shownSeries;
};

} // namespace tandem
