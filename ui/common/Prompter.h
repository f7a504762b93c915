// Every question and message box goes through here, so a test can answer it in advance and no
// test ever blocks on a modal dialog.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>
#include <optional>

class QWidget;

namespace tandem {

class Prompter {
    Q_DECLARE_TR_FUNCTIONS(Prompter)
public:
    enum class Kind {
        Question,
        Information,
        Warning,
        Critical,
        About,
        SaveFile,
        OpenFile,
        Directory,
        Text
    };

    // What was put in front of the user (recorded in test mode, for assertions).
    struct Shown {
        Kind kind;
        QString title;
        QString text;
    };

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(
        QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void critical(
        QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void about(QWidget* parent, const QString& title, const QString& text);
    // Empty when the user cancelled.
    static QString saveFileName(
        QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
    static QString openFileName(
        QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    // Several files at once (empty when cancelled).
    static QStringList openFileNames(
        QWidget* parent, const QString& caption, const QString& dir, const QString& filter = {});
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir);
    static std::optional<QString> text(
        QWidget* parent, const QString& title, const QString& label, const QString& initial = {});

    // Test mode: nothing is shown; each prompt takes the next queued answer (or its default, and
    // is then listed by unanswered()).
    static void setTestMode(bool on);
    static void answerNext(QMessageBox::StandardButton button);
    static void answerNextFile(const QString& path);
    static void answerNextFiles(const QStringList& paths);
    static void answerNextText(const std::optional<QString>& text);
    static QList<Shown> shown();
    static QList<Shown> unanswered();
    static int pendingAnswers();
    static void reset();
};

} // namespace tandem
