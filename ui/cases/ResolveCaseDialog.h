// Resolving a customer's case: how it was resolved, and the customer's satisfaction (1–5) with a
// comment when they gave one.
#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tandem {

class ResolveCaseDialog : public QDialog {
    Q_OBJECT
public:
    ResolveCaseDialog(const QString& subject, const QString& resolution, QWidget* parent = nullptr);

    // status "resolved", the resolution, and the score and comment when given.
    QVariantMap changes() const;

    QPlainTextEdit* resolutionEdit() const { return m_resolution; }
    QComboBox* scoreBox() const { return m_score; }
    QLineEdit* commentEdit() const { return m_comment; }

    void accept() override;

private:
    QPlainTextEdit* m_resolution;
    QComboBox* m_score;
    QLineEdit* m_comment;
};

} // namespace tandem
