// One quote on a deal: its details, its lines, the totals with VAT per rate as the user types, and
// what to do with it (preview, PDF, send by e-mail with its materials, accept/reject, new version,
// approve).
#pragma once

#include "common/UiContext.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tandem {

class QuoteLinesModel;
class QuoteMaterials;
struct RenderedDocuments;

class QuoteEditor : public QWidget {
    Q_OBJECT
public:
    // Opens the user's mail client for `to` with the files attached: the offer's PDF first, then
    // the materials sent with it. Tests put their own here.
    using MailLauncher = std::function<void(
        const QStringList& files, const QString& to, const QString& subject, const QString& body)>;

    explicit QuoteEditor(const UiContext& context, QWidget* parent = nullptr);

    void setQuote(const QString& quoteId);
    QString quoteId() const { return m_quoteId; }
    void setMailLauncher(MailLauncher launcher) { m_launcher = std::move(launcher); }
    // Where sent PDFs are written (default: Documents/Tandem, else a temporary folder).
    void setOutputFolder(const QString& folder) { m_outputFolder = folder; }

    QuoteLinesModel* linesModel() const { return m_model; }
    QTableView* linesView() const { return m_table; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* totalsPanel() const { return m_totals; }
    QLabel* noticeLabel() const { return m_notice; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    QComboBox* templateChoice() const { return m_template; }
    QuoteMaterials* materials() const { return m_materials; }

    // The user's actions; false when refused or cancelled (the reason is in noticeLabel()).
    bool addProduct(const QString& productId);
    bool addLine();
    bool savePdf(); // asks for the file through Prompter
    bool sendByEmail();
    bool approve();
    bool markAccepted();
    bool markRejected();
    QString newVersion(); // the new draft's id, now shown here

signals:
    void quoteChanged(const QString& quoteId); // another quote (a new version) is shown

private:
    void refresh();
    void pickProduct();
    void preview();
    bool setStatus(const QString& status, const QString& undoText);
    bool updateQuote(const QString& field, const QVariant& value);
    // The rendered quote, its PDF stored on the deal: the attachment's id and file name.
    bool renderAndStore(QByteArray& pdf, QString& attachmentId, QString& fileName);
    void showNotice(const QString& text, bool problem);
    void launchMail(
        const QStringList& files, const QString& to, const QString& subject, const QString& body);

    UiContext m_ctx;
    QString m_quoteId;
    QString m_outputFolder;
    MailLauncher m_launcher;
    QuoteLinesModel* m_model;
    QLabel* m_title;
    QLabel* m_status;
    QDateEdit* m_validUntil;
    QComboBox* m_language;
    QLineEdit* m_discount;
    QComboBox* m_template;
    QLineEdit* m_notes;
    QLabel* m_notice;
    QTableView* m_table;
    QPushButton* m_addProduct;
    QPushButton* m_addLine;
    QPushButton* m_removeLine;
    QLabel* m_totals;
    QLabel* m_total;
    QuoteMaterials* m_materials;
    QPushButton* m_preview;
    QPushButton* m_savePdf;
    QPushButton* m_send;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_newVersion;
    QPushButton* m_approve;
    bool m_filling = false;
};

} // namespace tandem
