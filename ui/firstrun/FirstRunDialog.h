// The first start on a new database: set up an empty workspace, or explore one full of demo data.
#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QWidget;

namespace tandem {

class Session;

class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { StartEmpty, ExploreDemo };

    explicit FirstRunDialog(Session& session, QWidget* parent = nullptr);

    void setChoice(Choice choice);
    Choice choice() const;
    // How many contacts the demo writes (2,000 unless a test wants a quicker one).
    void setDemoContacts(int contacts) { m_demoContacts = contacts; }
    QString errorText() const;
    // The currencies offered, as ISO codes in the order shown.
    // Adds "EUR — Euro" … to `box`, the code as each item's data.
    static void addCurrencies(QComboBox* box);
    static QStringList currencies();

    // As tall as the wrapped texts need at the dialog's width, no taller.
    QSize sizeHint() const override;

public slots:
    // Sets the database up as chosen; stays open with the reason when that fails.
    void accept() override;

private:
    QWidget* buildEmptyOption();
    QWidget* buildDemoOption();
    void updateEnabled();
    bool startEmpty();
    bool startDemo();
    void showError(const QString& message);

    Session& m_session;
    QButtonGroup* m_choices = nullptr;
    QRadioButton* m_empty = nullptr;
    QRadioButton* m_demo = nullptr;
    QWidget* m_emptyFields = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_currency = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_quit = nullptr;
    int m_demoContacts = 2000;
    bool m_busy = false;
};

} // namespace tandem
