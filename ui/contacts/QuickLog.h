// Logs a call, meeting, e-mail or note against a contact or company without leaving its card:
// pick the kind, type what happened, Ctrl+Enter. The activity is written through the undo stack.
#pragma once

#include "common/UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class QuickLog : public QWidget {
    Q_OBJECT
public:
    explicit QuickLog(const UiContext& context, QWidget* parent = nullptr);

    // The record the activity belongs to ("contact" or "company"); `companyId` is also linked.
    void setSubject(const QString& entity, const QString& id, const QString& companyId = {});
    // Opens the composer on a kind (call, meeting, email, note) with the cursor in the text.
    void start(const QString& kind);
    // Writes the activity; false (with the reason shown) when nothing was written.
    bool submit();
    void cancel();

    QComboBox* kindBox() const { return m_kind; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QString errorText() const;

signals:
    void logged(const QString& activityId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    UiContext m_ctx;
    QString m_entity;
    QString m_id;
    QString m_companyId;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    QLabel* m_error;
    QPushButton* m_log;
};

} // namespace tandem
