#include "mailing/MailingDialog.h"

#include "common/Icons.h"
#include "common/Prompter.h"
#include "documents/DocumentPrinter.h"
#include "documents/DocumentRender.h"
#include "documents/DocumentTemplates.h"
#include "documents/LabelSheet.h"
#include "services/Segments.h"
#include "store/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kLetter = QStringLiteral("letter");

} // namespace

MailingDialog::MailingDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_segment(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_body(new QTextEdit(this))
    , m_previewLetters(new QPushButton(Icons::get(QStringLiteral("print")), tr("Preview…"), this))
    , m_saveLetters(new QPushButton(Icons::get(QStringLiteral("export")), tr("Save PDF…"), this))
    , m_sheet(new QComboBox(this))
    , m_skip(new QSpinBox(this))
    , m_outlines(new QCheckBox(tr("Draw the label edges (a test on plain paper)"), this))
    , m_previewLabels(new QPushButton(Icons::get(QStringLiteral("print")), tr("Preview…"), this))
    , m_saveLabels(new QPushButton(Icons::get(QStringLiteral("export")), tr("Save PDF…"), this))
    , m_saveCsv(new QPushButton(Icons::get(QStringLiteral("export")), tr("Save CSV…"), this))
    , m_openTemplates(new QPushButton(tr("Open templates folder"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mailingDialog"));
    setWindowTitle(tr("Mail merge and labels"));
    m_segment->setObjectName(QStringLiteral("segmentCombo"));
    m_summary->setObjectName(QStringLiteral("mailingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(0, 2, 0, 6);
    QFont strong = m_summary->font();
    strong.setBold(true);
    m_summary->setFont(strong);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_body->setAcceptRichText(true);
    m_body->setPlaceholderText(
        tr("The letter's text. The template adds the letterhead, the address, the date and the "
           "greeting."));
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_skip->setObjectName(QStringLiteral("skipSpin"));
    m_skip->setToolTip(tr("Labels already used on the first sheet are skipped, row by row"));
    m_status->setObjectName(QStringLiteral("mailingStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_saveCsv->setToolTip(tr("The recipients' addresses for a mailing house or another tool"));
    m_openTemplates->setToolTip(
        tr("Edit the letterhead and letter templates your team uses (HTML files)"));

    for (const LabelSheet& sheet : labelSheets())
        m_sheet->addItem(sheet.label, sheet.key);

    auto* top = new QFormLayout;
    top->addRow(tr("&Segment:"), m_segment);

    auto* letters = new QGroupBox(tr("Letters"), this);
    auto* lettersForm = new QFormLayout;
    lettersForm->addRow(tr("&Template:"), m_template);
    auto* lettersLayout = new QVBoxLayout(letters);
    lettersLayout->addLayout(lettersForm);
    auto* bodyLabel = new QLabel(tr("Letter &text:"), letters);
    bodyLabel->setBuddy(m_body);
    lettersLayout->addWidget(bodyLabel);
    lettersLayout->addWidget(m_body, 1);
    auto* letterButtons = new QHBoxLayout;
    letterButtons->addWidget(m_openTemplates);
    letterButtons->addStretch(1);
    letterButtons->addWidget(m_previewLetters);
    letterButtons->addWidget(m_saveLetters);
    lettersLayout->addLayout(letterButtons);

    auto* labels = new QGroupBox(tr("Address labels"), this);
    auto* labelsForm = new QFormLayout;
    labelsForm->addRow(tr("S&heet:"), m_sheet);
    labelsForm->addRow(tr("Start at &label:"), m_skip);
    labelsForm->addRow(QString(), m_outlines);
    auto* labelsLayout = new QVBoxLayout(labels);
    labelsLayout->addLayout(labelsForm);
    labelsLayout->addStretch(1);
    auto* labelButtons = new QHBoxLayout;
    labelButtons->addStretch(1);
    labelButtons->addWidget(m_previewLabels);
    labelButtons->addWidget(m_saveLabels);
    labelsLayout->addLayout(labelButtons);

    auto* parts = new QHBoxLayout;
    parts->addWidget(letters, 3);
    parts->addWidget(labels, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveCsv, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(parts, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_segment, &QComboBox::currentIndexChanged, this, &MailingDialog::refresh);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &MailingDialog::updateSkipRange);
    connect(m_previewLetters, &QPushButton::clicked, this, &MailingDialog::previewLetters);
    connect(m_saveLetters, &QPushButton::clicked, this, &MailingDialog::saveLettersPdf);
    connect(m_previewLabels, &QPushButton::clicked, this, &MailingDialog::previewLabels);
    connect(m_saveLabels, &QPushButton::clicked, this, &MailingDialog::saveLabelsPdf);
    connect(m_saveCsv, &QPushButton::clicked, this, &MailingDialog::saveCsv);
    connect(m_openTemplates, &QPushButton::clicked, this, &MailingDialog::openTemplatesFolder);

    const int defaultSheet = m_sheet->findData(QStringLiteral("3x8"));
    m_sheet->setCurrentIndex(qMax(0, defaultSheet));
    updateSkipRange();
    loadTemplates();
    loadSegments();
    refresh();
    resize(900, 560);
}

bool MailingDialog::setSegment(const QString& idOrName)
{
    const auto segment = Segments::find(m_ctx.session, QStringLiteral("contact"), idOrName);
    const int row = segment ? m_segment->findData(segment->id) : -1;
    if (row < 0)
        return false;
    m_segment->setCurrentIndex(row);
    refresh();
    return true;
}

void MailingDialog::loadSegments()
{
    const QSignalBlocker block(m_segment);
    m_segment->clear();
    for (const Record& segment : Segments::list(m_ctx.session, QStringLiteral("contact")))
        m_segment->addItem(segment.text(QStringLiteral("name")), segment.id);
}

void MailingDialog::loadTemplates()
{
    const QString folder = DocumentRender::templateFolder(m_ctx.session.database());
    const QString current = m_template->currentData().toString();
    m_template->clear();
    // The shipped kinds by their translated names ("Letter"), the team's own files as named.
    for (const QString& name : DocumentTemplates::available(folder)) {
        const auto kind = DocumentTemplates::kindFromKey(name);
        m_template->addItem(kind ? DocumentTemplates::kindLabel(*kind) : name, name);
    }
    int row = m_template->findData(current.isEmpty() ? kLetter : current);
    if (row < 0)
        row = m_template->findData(kLetter);
    m_template->setCurrentIndex(qMax(0, row));
}

void MailingDialog::refresh()
{
    m_list = {};
    m_status->clear();
    QString text;
    const QString segmentId = m_segment->currentData().toString();
    if (segmentId.isEmpty()) {
        text = tr("There is no saved contact segment yet. Filter the contacts list and save the "
                  "filter as a segment to send it a mailing.");
    } else if (auto list = mailingList(m_ctx.session, segmentId); !list) {
        text = list.error().message;
    } else {
        m_list = *list;
        QStringList parts;
        parts << tr("%n recipient(s)", nullptr, int(m_list.recipients.size()));
        if (m_list.withoutConsent > 0)
            parts << tr("%n without postal consent left out", nullptr, m_list.withoutConsent);
        if (m_list.withoutAddress > 0)
            parts << tr(
                "%n without a complete address left out (%1)", nullptr, m_list.withoutAddress)
                         .arg(m_list.withoutAddressNames.join(QStringLiteral(", ")));
        text = parts.join(QStringLiteral(" · "));
        if (m_list.recipients.isEmpty())
            text += QLatin1Char('\n')
                + tr("No one in this segment can be sent post: nothing to print or save.");
    }
    m_summary->setText(text);
    const bool any = !m_list.recipients.isEmpty();
    for (QPushButton* button :
        { m_previewLetters, m_saveLetters, m_previewLabels, m_saveLabels, m_saveCsv })
        button->setEnabled(any);
}

void MailingDialog::updateSkipRange()
{
    const LabelSheet* sheet = currentSheet();
    const int count = sheet ? sheet->columns * sheet->rows : 1;
    // Shown to the user from 1: "start at label 6" skips the five used ones.
    m_skip->setRange(1, count);
}

const LabelSheet* MailingDialog::currentSheet() const
{
    return labelSheet(m_sheet->currentData().toString());
}

QStringList MailingDialog::recipientIds() const
{
    QStringList ids;
    for (const Recipient& r : m_list.recipients)
        ids << r.contactId;
    return ids;
}

QString MailingDialog::suggestedPath(const QString& what, const QString& suffix) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString name = QStringLiteral("%1 - %2.%3").arg(m_segment->currentText(), what, suffix);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(dir).filePath(name);
}

bool MailingDialog::saveLettersPdf()
{
    if (m_list.recipients.isEmpty())
        return false;
    const QString path = Prompter::saveFileName(this, tr("Save letters as PDF"),
        suggestedPath(tr("letters"), QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    auto docs = DocumentRender::letters(
        m_ctx.session, recipientIds(), m_template->currentData().toString(), m_body->toHtml());
    if (!docs) {
        Prompter::warning(this, tr("Letters not saved"), docs.error().message);
        return false;
    }
    if (auto written = DocumentPrinter::writePdf(docs->html, path, docs->options); !written) {
        Prompter::warning(this, tr("Letters not saved"), written.error().message);
        return false;
    }
    QString text = tr("%n letter(s) saved to %1.", nullptr, int(docs->html.size()))
                       .arg(QDir::toNativeSeparators(path));
    if (!docs->missing.isEmpty())
        text += QLatin1Char(' ')
            + tr("Left blank where the records have no value: %1.")
                  .arg(docs->missing.join(QStringLiteral(", ")));
    m_status->setText(text);
    return true;
}

bool MailingDialog::saveLabelsPdf()
{
    const LabelSheet* sheet = currentSheet();
    if (m_list.recipients.isEmpty() || !sheet)
        return false;
    const QString path = Prompter::saveFileName(this, tr("Save labels as PDF"),
        suggestedPath(tr("labels"), QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (auto written = writeLabelsPdf(m_list.recipients, *sheet, path, m_skip->value() - 1);
        !written) {
        Prompter::warning(this, tr("Labels not saved"), written.error().message);
        return false;
    }
    m_status->setText(tr("%n label(s) saved to %1.", nullptr, int(m_list.recipients.size()))
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MailingDialog::saveCsv()
{
    if (m_list.recipients.isEmpty())
        return false;
    const QString path = Prompter::saveFileName(this, tr("Save addresses as CSV"),
        suggestedPath(tr("addresses"), QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (auto written = writeCsv(m_list, path, QLocale()); !written) {
        Prompter::warning(this, tr("Addresses not saved"), written.error().message);
        return false;
    }
    m_status->setText(tr("%n address(es) saved to %1.", nullptr, int(m_list.recipients.size()))
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MailingDialog::previewLetters()
{
    if (m_list.recipients.isEmpty())
        return;
    auto docs = DocumentRender::letters(
        m_ctx.session, recipientIds(), m_template->currentData().toString(), m_body->toHtml());
    if (!docs) {
        Prompter::warning(this, tr("No preview"), docs.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(docs->options.pageSize));
    printer.setDocName(docs->options.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Letters — print preview"));
    const RenderedDocuments rendered = *docs;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [&rendered](QPrinter* p) { DocumentPrinter::print(rendered.html, *p, rendered.options); });
    preview.exec();
}

void MailingDialog::previewLabels()
{
    const LabelSheet* sheet = currentSheet();
    if (m_list.recipients.isEmpty() || !sheet)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The sheet's geometry is measured from the paper's edge, so the printer adds no margin.
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(tr("Address labels"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Address labels — print preview"));
    const int skip = m_skip->value() - 1;
    const bool outlines = m_outlines->isChecked();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [this, sheet, skip, outlines](
            QPrinter* p) { printLabels(m_list.recipients, *sheet, *p, skip, outlines); });
    preview.exec();
}

void MailingDialog::openTemplatesFolder()
{
    const QString folder = DocumentRender::templateFolder(m_ctx.session.database());
    auto written = DocumentTemplates::exportDefaults(folder);
    if (!written) {
        Prompter::warning(this, tr("Templates folder"), written.error().message);
        return;
    }
    loadTemplates();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        Prompter::information(this, tr("Templates folder"),
            tr("The templates are in %1.").arg(QDir::toNativeSeparators(folder)));
}

} // namespace tandem
