#include "common/Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>
#include <variant>

namespace tandem {

namespace {

using Answer
    = std::variant<QMessageBox::StandardButton, QString, std::optional<QString>, QStringList>;

struct State {
    bool testMode = false;
    QQueue<Answer> answers;
    QList<Prompter::Shown> shown;
    QList<Prompter::Shown> unanswered;
};

State& state()
{
    static State s;
    return s;
}

// In test mode: records the prompt and returns the queued answer of type T, if there is one.
template <class T>
std::optional<T> takeAnswer(Prompter::Kind kind, const QString& title, const QString& text)
{
    State& s = state();
    s.shown.append({ kind, title, text });
    if (!s.answers.isEmpty() && std::holds_alternative<T>(s.answers.head()))
        return std::get<T>(s.answers.dequeue());
    s.unanswered.append({ kind, title, text });
    return std::nullopt;
}

QString withDetails(const QString& text, const QString& details)
{
    return details.isEmpty() ? text : text + QLatin1Char('\n') + details;
}

void message(QMessageBox::Icon icon, Prompter::Kind kind, QWidget* parent, const QString& title,
    const QString& text, const QString& details)
{
    if (state().testMode) {
        takeAnswer<QMessageBox::StandardButton>(kind, title, withDetails(text, details));
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.exec();
}

} // namespace

QMessageBox::StandardButton Prompter::question(QWidget* parent, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    if (state().testMode) {
        const auto answer = takeAnswer<QMessageBox::StandardButton>(Kind::Question, title, text);
        if (answer)
            return *answer;
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Cancel;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompter::information(QWidget* parent, const QString& title, const QString& text)
{
    message(QMessageBox::Information, Kind::Information, parent, title, text, {});
}

void Prompter::warning(
    QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    message(QMessageBox::Warning, Kind::Warning, parent, title, text, details);
}

void Prompter::critical(
    QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    message(QMessageBox::Critical, Kind::Critical, parent, title, text, details);
}

void Prompter::about(QWidget* parent, const QString& title, const QString& text)
{
    if (state().testMode) {
        takeAnswer<QMessageBox::StandardButton>(Kind::About, title, text);
        return;
    }
    QMessageBox::about(parent, title, text);
}

QString Prompter::openFileName(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (state().testMode)
        return takeAnswer<QString>(Kind::OpenFile, caption, dir).value_or(QString());
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList Prompter::openFileNames(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (state().testMode)
        return takeAnswer<QStringList>(Kind::OpenFile, caption, dir).value_or(QStringList());
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString Prompter::existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (state().testMode)
        return takeAnswer<QString>(Kind::Directory, caption, dir).value_or(QString());
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

QString Prompter::saveFileName(
    QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (state().testMode)
        return takeAnswer<QString>(Kind::SaveFile, caption, suggested).value_or(QString());
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

std::optional<QString> Prompter::text(
    QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    if (state().testMode)
        return takeAnswer<std::optional<QString>>(Kind::Text, title, label).value_or(std::nullopt);
    bool ok = false;
    const QString value
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void Prompter::setTestMode(bool on)
{
    state().testMode = on;
}

void Prompter::answerNext(QMessageBox::StandardButton button)
{
    state().answers.enqueue(button);
}

void Prompter::answerNextFile(const QString& path)
{
    state().answers.enqueue(path);
}

void Prompter::answerNextFiles(const QStringList& paths)
{
    state().answers.enqueue(paths);
}

void Prompter::answerNextText(const std::optional<QString>& text)
{
    state().answers.enqueue(text);
}

QList<Prompter::Shown> Prompter::shown()
{
    return state().shown;
}

QList<Prompter::Shown> Prompter::unanswered()
{
    return state().unanswered;
}

int Prompter::pendingAnswers()
{
    return int(state().answers.size());
}

void Prompter::reset()
{
    State& s = state();
    s.answers.clear();
    s.shown.clear();
    s.unanswered.clear();
}

} // namespace tandem
