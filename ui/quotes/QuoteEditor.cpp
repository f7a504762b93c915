#include "quotes/QuoteEditor.h"
#include "common/Headings.h"

#include "common/BatchCommand.h"
#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "documents/DocumentRender.h"
#include "documents/DocumentTemplates.h"
#include "documents/GeneratedDocuments.h"
#include "domain/FieldFormat.h"
#include "quotes/ProductPicker.h"
#include "quotes/QuoteLinesModel.h"
#include "quotes/QuoteMaterials.h"
#include "records/FieldDisplay.h"
#include "services/Quotes.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kQuote = QStringLiteral("quote");

QString percent(qint64 hundredths)
{
    return formatScaled(hundredths, 2, QLocale(), false) + QStringLiteral(" %");
}

} // namespace

QuoteEditor::QuoteEditor(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_model(new QuoteLinesModel(context, this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_validUntil(new QDateEdit(this))
    , m_language(new QComboBox(this))
    , m_discount(new QLineEdit(this))
    , m_template(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_table(new QTableView(this))
    , m_addProduct(new QPushButton(tr("Add product…"), this))
    , m_addLine(new QPushButton(tr("Add line"), this))
    , m_removeLine(new QPushButton(tr("Remove line"), this))
    , m_totals(new QLabel(this))
    , m_total(new QLabel(this))
    , m_materials(new QuoteMaterials(context, this))
    , m_preview(new QPushButton(tr("Preview…"), this))
    , m_savePdf(new QPushButton(tr("Save PDF…"), this))
    , m_send(new QPushButton(tr("Send by e-mail…"), this))
    , m_accept(new QPushButton(tr("Mark accepted"), this))
    , m_reject(new QPushButton(tr("Mark rejected"), this))
    , m_newVersion(new QPushButton(tr("New version"), this))
    , m_approve(new QPushButton(tr("Approve discount"), this))
{
    setObjectName(QStringLiteral("quoteEditor"));
    QVBoxLayout* layout = cardLayout(this, m_title, m_status);

    auto* details = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(FieldDisplay::dateFormat());
    for (const QString& lang : DocumentTemplates::languages())
        m_language->addItem(QLocale(lang).nativeLanguageName(), lang);
    m_discount->setAlignment(Qt::AlignRight);
    m_discount->setMaximumWidth(90);
    m_discount->setPlaceholderText(QLocale().toString(0));
    left->addRow(tr("Valid until:"), m_validUntil);
    left->addRow(tr("Language:"), m_language);
    right->addRow(tr("Overall discount %:"), m_discount);
    right->addRow(tr("Template:"), m_template);
    details->addLayout(left);
    details->addSpacing(24);
    details->addLayout(right);
    details->addStretch(1);
    layout->addLayout(details);
    m_notes->setPlaceholderText(tr("Notes printed on the offer"));
    layout->addWidget(m_notes);

    m_notice->setObjectName(QStringLiteral("quoteNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        QuoteLinesModel::Description, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* lineButtons = new QHBoxLayout;
    for (QPushButton* b : { m_addProduct, m_addLine, m_removeLine })
        lineButtons->addWidget(b, 0, Qt::AlignTop);
    lineButtons->addStretch(1);
    auto* totalsBox = new QVBoxLayout;
    m_totals->setObjectName(QStringLiteral("quoteTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight);
    m_total->setObjectName(QStringLiteral("quoteTotal"));
    m_total->setAlignment(Qt::AlignRight);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.5);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    totalsBox->addWidget(m_totals);
    totalsBox->addWidget(m_total);
    lineButtons->addLayout(totalsBox);
    layout->addLayout(lineButtons);
    layout->addWidget(m_materials);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : { m_preview, m_savePdf, m_send })
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton* b : { m_approve, m_accept, m_reject, m_newVersion })
        actions->addWidget(b);
    layout->addLayout(actions);
    m_send->setDefault(true);

    connect(m_addProduct, &QPushButton::clicked, this, &QuoteEditor::pickProduct);
    connect(m_addLine, &QPushButton::clicked, this, &QuoteEditor::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        if (auto r = m_model->removeLine(current.row()); !r)
            showNotice(r.error().message, true);
    });
    connect(m_preview, &QPushButton::clicked, this, &QuoteEditor::preview);
    connect(m_savePdf, &QPushButton::clicked, this, &QuoteEditor::savePdf);
    connect(m_send, &QPushButton::clicked, this, &QuoteEditor::sendByEmail);
    connect(m_accept, &QPushButton::clicked, this, &QuoteEditor::markAccepted);
    connect(m_reject, &QPushButton::clicked, this, &QuoteEditor::markRejected);
    connect(m_newVersion, &QPushButton::clicked, this, &QuoteEditor::newVersion);
    connect(m_approve, &QPushButton::clicked, this, &QuoteEditor::approve);
    connect(m_model, &QuoteLinesModel::editFailed, this,
        [this](const QString& message) { showNotice(message, true); });
    connect(m_validUntil, &QDateEdit::editingFinished, this, [this] {
        updateQuote(QStringLiteral("valid_until"), m_validUntil->date().toString(Qt::ISODate));
    });
    connect(m_language, &QComboBox::activated, this,
        [this] { updateQuote(QStringLiteral("language"), m_language->currentData()); });
    connect(m_template, &QComboBox::activated, this,
        [this] { updateQuote(QStringLiteral("template"), m_template->currentData()); });
    connect(m_notes, &QLineEdit::editingFinished, this,
        [this] { updateQuote(QStringLiteral("notes"), m_notes->text().trimmed()); });
    connect(m_discount, &QLineEdit::editingFinished, this, [this] {
        QString text = m_discount->text().trimmed();
        text.remove(QLatin1Char('%')).remove(QLatin1Char(' '));
        const auto value = text.isEmpty() ? std::optional<qint64>(0) : parseScaled(text, 2);
        if (!value) {
            showNotice(tr("“%1” is not a percentage.").arg(m_discount->text()), true);
            return;
        }
        updateQuote(QStringLiteral("discount"), *value);
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (!m_quoteId.isEmpty()
            && (entity == kQuote || entity == QLatin1String("quote_line")
                || entity == QLatin1String("attachment") || entity.isEmpty()))
            refresh();
    });
}

void QuoteEditor::setQuote(const QString& quoteId)
{
    m_quoteId = quoteId;
    m_notice->hide();
    m_model->setQuote(quoteId);
    m_materials->setQuote(quoteId);
    refresh();
}

void QuoteEditor::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto quote = m_quoteId.isEmpty() ? std::nullopt : rs.get(kQuote, m_quoteId);
    setEnabled(quote.has_value());
    if (!quote)
        return;
    const QString status = quote->text(QStringLiteral("status"));
    const bool draft = status == QLatin1String("draft");
    const QString currency = quote->text(QStringLiteral("currency"));
    m_filling = true;
    m_title->setText(
        tr("Quote %1 v%2 · %3")
            .arg(quote->text(QStringLiteral("number")))
            .arg(quote->value(QStringLiteral("version")).toInt())
            .arg(rs.labelOf(QStringLiteral("deal"), quote->text(QStringLiteral("deal_id")))));
    m_status->setText(ChoiceLabels::text(status));
    m_status->setStyleSheet(
        QStringLiteral("QLabel { font-weight: bold; padding: 2px 8px; "
                       "border-radius: 4px; color: white; background: %1; }")
            .arg(draft                                    ? QStringLiteral("#7f8c8d")
                    : status == QLatin1String("sent")     ? QStringLiteral("#2b6cb0")
                    : status == QLatin1String("accepted") ? QStringLiteral("#23914a")
                                                          : QStringLiteral("#c0392b")));
    m_validUntil->setDate(
        QDate::fromString(quote->text(QStringLiteral("valid_until")), Qt::ISODate));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(quote->text(QStringLiteral("language")))));
    const qint64 discount = quote->value(QStringLiteral("discount")).toLongLong();
    m_discount->setText(discount == 0 ? QString() : formatScaled(discount, 2, QLocale(), false));
    m_notes->setText(quote->text(QStringLiteral("notes")));
    m_template->clear();
    const QStringList templates
        = DocumentTemplates::available(DocumentRender::templateFolder(m_ctx.session.database()));
    for (const QString& name : templates) {
        const auto kind = DocumentTemplates::kindFromKey(name);
        if (kind == DocumentKind::Letter)
            continue;
        m_template->addItem(kind ? DocumentTemplates::kindLabel(*kind) : name, name);
    }
    const QString chosen = quote->text(QStringLiteral("template"));
    m_template->setCurrentIndex(std::max(0,
        m_template->findData(
            chosen.isEmpty() ? DocumentTemplates::kindKey(DocumentKind::Offer) : chosen)));
    m_filling = false;

    for (QWidget* w : std::initializer_list<QWidget*> { m_validUntil, m_language, m_discount,
             m_template, m_notes, m_addProduct, m_addLine, m_removeLine })
        w->setEnabled(draft);
    m_materials->setEditable(draft);

    // Why the table does not take edits, or what still stands between the quote and sending it.
    const auto needs = Quotes::needsApproval(m_ctx.session, m_quoteId);
    const bool awaitsApproval
        = draft && needs && *needs && quote->text(QStringLiteral("approved_by")).isEmpty();
    const auto me = rs.get(QStringLiteral("user"), m_ctx.session.currentUserId());
    const QString role = me ? me->text(QStringLiteral("role")) : QString();
    const bool manager = role == QLatin1String("manager") || role == QLatin1String("admin");
    if (!draft) {
        const QDateTime sent
            = QDateTime::fromString(quote->text(QStringLiteral("sent_at")), Qt::ISODateWithMs);
        showNotice(tr("Sent on %1 — a sent quote cannot change. Make a new version to revise it.")
                       .arg(sent.isValid()
                               ? QLocale().toString(sent.toLocalTime(), FieldDisplay::dateFormat())
                               : tr("an earlier day")),
            false);
    } else if (awaitsApproval) {
        showNotice(manager ? tr("A discount on this quote is above the team's limit: approve it "
                                "before it is sent.")
                           : tr("A discount on this quote is above the team's limit: it can be "
                                "sent once a manager approves it."),
            false);
    } else if (!m_notice->property("problem").toBool()) {
        m_notice->hide();
    }
    m_approve->setVisible(awaitsApproval && manager);
    m_accept->setVisible(status == QLatin1String("sent"));
    m_reject->setVisible(status == QLatin1String("sent"));
    m_newVersion->setEnabled(!draft);

    const auto totals = Quotes::totals(m_ctx.session, m_quoteId);
    if (!totals) {
        m_totals->setText(totals.error().message.toHtmlEscaped());
        m_total->clear();
        return;
    }
    auto money = [&](qint64 v) { return FieldDisplay::money(v, currency).toHtmlEscaped(); };
    QString rows;
    auto row = [&rows](const QString& label, const QString& value) {
        rows += QStringLiteral("<tr><td style=\"padding-right:18px; color:#555;\">%1</td>"
                               "<td align=\"right\">%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    if (totals->discount != 0) {
        row(tr("Subtotal"), money(totals->subtotal));
        row(tr("Discount %1").arg(percent(discount)), money(-totals->discount));
    }
    row(tr("Net"), money(totals->net));
    for (const QuoteVatRow& vat : totals->vatRows)
        row(tr("VAT %1 of %2").arg(percent(vat.rate), FieldDisplay::money(vat.base, currency)),
            money(vat.vat));
    const QString table = QStringLiteral("<table>%1</table>").arg(rows);
    m_totals->setText(table);
    m_total->setText(FieldDisplay::money(totals->total, currency));
    m_total->setToolTip(tr("Total to pay, VAT included"));
}

void QuoteEditor::showNotice(const QString& text, bool problem)
{
    m_notice->setText(text);
    m_notice->setProperty("problem", problem);
    m_notice->setStyleSheet(problem
            ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px; "
                             "border-radius: 4px; }")
            : QStringLiteral("QLabel { background: #eef4fb; color: #1d4f86; padding: 6px; "
                             "border-radius: 4px; }"));
    m_notice->show();
}

bool QuoteEditor::updateQuote(const QString& field, const QVariant& value)
{
    if (m_filling || m_quoteId.isEmpty())
        return false;
    const auto quote = m_ctx.session.records().get(kQuote, m_quoteId);
    if (!quote || quote->value(field) == value)
        return false;
    m_notice->setProperty("problem", false);
    const auto r = BatchCommands::run(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, tr("Change the quote's details"), [&] {
            return Quotes::update(m_ctx.session, m_quoteId, { { field, value } });
        });
    if (!r) {
        showNotice(r.error().message, true);
        refresh();
    }
    return r.ok();
}

void QuoteEditor::pickProduct()
{
    ProductPicker picker(m_ctx.session, this);
    if (picker.exec() == QDialog::Accepted && !picker.chosenId().isEmpty())
        addProduct(picker.chosenId());
}

bool QuoteEditor::addProduct(const QString& productId)
{
    m_notice->setProperty("problem", false);
    const auto r = m_model->addProduct(productId);
    if (!r) {
        showNotice(r.error().message, true);
        return false;
    }
    return true;
}

bool QuoteEditor::addLine()
{
    m_notice->setProperty("problem", false);
    const auto r = m_model->addFreeLine(tr("New line"), 0);
    if (!r) {
        showNotice(r.error().message, true);
        return false;
    }
    const int row = m_model->rowCount() - 1;
    m_table->setCurrentIndex(m_model->index(row, QuoteLinesModel::Description));
    if (isVisible())
        m_table->edit(m_table->currentIndex());
    return true;
}

bool QuoteEditor::setStatus(const QString& status, const QString& undoText)
{
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events, undoText, [&] {
        return Quotes::update(m_ctx.session, m_quoteId, { { QStringLiteral("status"), status } });
    });
    if (!r)
        showNotice(r.error().message, true);
    return r.ok();
}

bool QuoteEditor::markAccepted()
{
    return setStatus(QStringLiteral("accepted"), tr("Mark the quote accepted"));
}

bool QuoteEditor::markRejected()
{
    return setStatus(QStringLiteral("rejected"), tr("Mark the quote rejected"));
}

bool QuoteEditor::approve()
{
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Approve the quote's discount"),
        [&] { return Quotes::approve(m_ctx.session, m_quoteId); });
    if (!r) {
        showNotice(r.error().message, true);
        return false;
    }
    showNotice(tr("Discount approved: the quote can be sent."), false);
    return true;
}

QString QuoteEditor::newVersion()
{
    const auto id = BatchCommands::create(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("New version of the quote"),
        [&] { return Quotes::newVersion(m_ctx.session, m_quoteId); });
    if (!id) {
        showNotice(id.error().message, true);
        return {};
    }
    setQuote(*id);
    emit quoteChanged(*id);
    return *id;
}

} // namespace tandem
