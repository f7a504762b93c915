#include "contacts/ImportDialog.h"

#include "common/BatchCommand.h"
#include "common/ChoiceLabels.h"
#include "common/Prompter.h"
#include "contacts/CsvColumnsView.h"
#include "domain/EntitySchema.h"
#include "store/Session.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {
constexpr int kMaxListed = 1000;

QColor problemColour()
{
    return QColor(0xb0, 0x1e, 0x1e);
}
} // namespace

ImportDialog::ImportDialog(const UiContext& context, const QString& entity, const QString& path,
    ExchangeFormat format, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_entity(entity)
    , m_path(path)
    , m_format(format)
    , m_policy(new QButtonGroup(this))
    , m_skipInvalid(new QCheckBox(tr("Import the rest and leave out the rows with problems"), this))
    , m_summary(new QLabel(this))
    , m_rows(new QTreeWidget(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    const EntityDef& def = *EntitySchema::find(entity);
    setWindowTitle(tr("Import %1").arg(def.translatedPlural().toLower()));
    resize(900, 760);

    auto* title
        = new QLabel(tr("<b>%1</b> into %2")
                         .arg(QFileInfo(path).fileName().toHtmlEscaped(), def.translatedPlural()),
            this);

    auto* policyBox = new QGroupBox(tr("When a record is already here"), this);
    auto* policyLayout = new QHBoxLayout(policyBox);
    const QList<QPair<DuplicatePolicy, QString>> policies {
        { DuplicatePolicy::Skip, tr("Skip it") },
        { DuplicatePolicy::Update, tr("Fill in its empty fields") },
        { DuplicatePolicy::CreateAnyway, tr("Create another one") },
    };
    for (const auto& [policy, text] : policies) {
        auto* button = new QRadioButton(text, policyBox);
        m_policy->addButton(button, int(policy));
        policyLayout->addWidget(button);
    }
    policyLayout->addStretch();
    m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_rows->setHeaderLabels({ tr("Line"), tr("Record"), tr("What happens") });
    m_rows->setRootIsDecorated(false);
    m_rows->setUniformRowHeights(true);
    m_rows->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(this);
    m_import->setDefault(true);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    if (format == ExchangeFormat::Csv) {
        m_columns = new CsvColumnsView(entity, this);
        splitter->addWidget(m_columns);
        m_saveMapping = new QPushButton(tr("Save mapping…"), this);
        m_saveMapping->setToolTip(
            tr("Keep these columns in a file, for the next import or for tandem-cli --mapping"));
        buttons->addButton(m_saveMapping, QDialogButtonBox::ActionRole);
        connect(
            m_columns, &CsvColumnsView::mappingChanged, &m_debounce, qOverload<>(&QTimer::start));
        connect(m_columns, &CsvColumnsView::readingChanged, this, [this] {
            readCsv();
            refresh();
        });
        connect(m_saveMapping, &QPushButton::clicked, this, [this] {
            const QString target = Prompter::saveFileName(this, tr("Save the column mapping"),
                QFileInfo(m_path).completeBaseName() + QStringLiteral(".mapping.json"),
                tr("Column mappings (*.json)"));
            if (target.isEmpty())
                return;
            if (auto written = CsvMappingFile::fromMapping(m_columns->mapping()).write(target);
                !written)
                Prompter::warning(this, tr("Save the column mapping"), written.error().toString());
        });
    }
    auto* outcome = new QWidget(this);
    auto* outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    outcomeLayout->addWidget(policyBox);
    outcomeLayout->addWidget(m_summary);
    outcomeLayout->addWidget(m_rows, 1);
    outcomeLayout->addWidget(m_skipInvalid);
    splitter->addWidget(outcome);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(splitter->count() - 1, 2);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ImportDialog::refresh);
    connect(m_policy, &QButtonGroup::idClicked, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportDialog::showReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });

    if (format == ExchangeFormat::Csv)
        readCsv();
    else
        m_readable = true;
    refresh();
}

void ImportDialog::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_policy->button(int(policy))->setChecked(true);
    refresh();
}

void ImportDialog::readCsv()
{
    const QString encoding = m_readable ? m_columns->encoding() : QString();
    const QChar delimiter = m_readable ? m_columns->delimiter() : QChar();
    auto preview = AddressBookFiles::previewCsv(m_path, m_entity, encoding, delimiter);
    if (!preview) {
        m_readable = false;
        showFailure(preview.error());
        return;
    }
    m_readable = true;
    m_columns->setPreview(*preview);
}

ImportRequest ImportDialog::request(bool dryRun) const
{
    ImportRequest r;
    r.path = m_path;
    r.format = m_format;
    r.entity = m_entity;
    if (m_columns)
        r.mapping = m_columns->mapping();
    r.options.dryRun = dryRun;
    r.options.skipInvalid = m_skipInvalid->isChecked();
    r.options.duplicates = DuplicatePolicy(m_policy->checkedId());
    r.values = LocaleValues(QLocale(), &ChoiceLabels::text);
    return r;
}

void ImportDialog::refresh()
{
    m_debounce.stop();
    if (!m_readable) {
        m_import->setEnabled(false);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = AddressBookFiles::importFile(m_ctx.session, request(true));
    QApplication::restoreOverrideCursor();
    if (!report) {
        showFailure(report.error());
        return;
    }
    m_report = *report;
    showReport();
}

int ImportDialog::problemCount() const
{
    return int(m_report.errors.size()) + m_report.rejected;
}

void ImportDialog::showFailure(const Error& error)
{
    m_report = {};
    m_rows->clear();
    m_summary->setText(QStringLiteral("<span style=\"color:%1\">%2</span>") // tr-exempt: markup
                           .arg(problemColour().name(), error.toString().toHtmlEscaped()));
    m_import->setEnabled(false);
    m_skipInvalid->setEnabled(false);
    if (m_saveMapping)
        m_saveMapping->setEnabled(m_readable);
}

void ImportDialog::showReport()
{
    const int problems = problemCount();
    QStringList parts;
    parts << tr("%n new", nullptr, m_report.created);
    if (m_report.updated)
        parts << tr("%n to fill in", nullptr, m_report.updated);
    parts << tr("%n already here", nullptr, m_report.skipped);
    QString text = tr("What the import will do: %1.").arg(parts.join(QStringLiteral(", ")));
    if (problems > 0) {
        text
            += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                   .arg(problemColour().name(),
                       tr("%n row(s) with problems: fix the file, or import the rest without them.",
                           nullptr, problems)
                           .toHtmlEscaped());
    }
    m_summary->setText(text);

    m_rows->clear();
    QList<QTreeWidgetItem*> items;
    auto add = [&](int line, const QString& label, const QString& what, bool problem) {
        if (items.size() >= kMaxListed)
            return;
        auto* item
            = new QTreeWidgetItem({ line > 0 ? QString::number(line) : QString(), label, what });
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, what);
        if (problem)
            item->setForeground(2, problemColour());
        items << item;
    };
    for (const Error& e : std::as_const(m_report.errors))
        add(e.line, QString(), e.field.isEmpty() ? e.message : tr("%1: %2").arg(e.field, e.message),
            true);
    const RecordStore& rs = m_ctx.session.records();
    for (const ImportRow& row : std::as_const(m_report.rows)) {
        switch (row.outcome) {
        case ImportRow::Outcome::Rejected:
            add(row.line, row.label,
                row.error.field.isEmpty() ? row.error.message
                                          : tr("%1: %2").arg(row.error.field, row.error.message),
                true);
            break;
        case ImportRow::Outcome::SkippedDuplicate:
        case ImportRow::Outcome::Updated: {
            const QString existing = row.duplicateOfId.isEmpty()
                ? tr("an earlier row of this file")
                : rs.labelOf(m_entity, row.duplicateOfId);
            add(row.line, row.label,
                row.outcome == ImportRow::Outcome::Updated
                    ? tr("Fills in the empty fields of %1").arg(existing)
                    : tr("Already here as %1: skipped").arg(existing),
                false);
            break;
        }
        case ImportRow::Outcome::Created:
            break;
        }
    }
    const int listed
        = int(m_report.errors.size() + m_report.rejected + m_report.skipped + m_report.updated);
    if (listed > kMaxListed)
        items << new QTreeWidgetItem(
            { QString(), QString(), tr("… and %n more", nullptr, listed - kMaxListed) });
    m_rows->addTopLevelItems(items);
    m_rows->resizeColumnToContents(0);
    m_rows->resizeColumnToContents(1);

    m_skipInvalid->setEnabled(problems > 0);
    const bool writable = m_report.created + m_report.updated > 0;
    m_import->setEnabled(writable && (problems == 0 || m_skipInvalid->isChecked()));
    if (m_saveMapping)
        m_saveMapping->setEnabled(true);
}

bool ImportDialog::runImport()
{
    // The dry run shown is current unless a change is still waiting for it (100k rows: seconds).
    if (m_debounce.isActive())
        refresh();
    if (!m_import->isEnabled())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportReport report;
    //: Undo menu entry: "Import contacts.vcf"
    const QString step = tr("Import %1").arg(QFileInfo(m_path).fileName());
    auto imported = BatchCommands::run(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, step, [&]() -> Result<void> {
            auto r = AddressBookFiles::importFile(m_ctx.session, request(false));
            if (!r)
                return r.error();
            report = *r;
            return {};
        });
    QApplication::restoreOverrideCursor();
    if (!imported) {
        Prompter::critical(this, windowTitle(), imported.error().toString());
        return false;
    }
    m_report = report;
    if (!m_report.applied) {
        showReport();
        Prompter::warning(this, windowTitle(), tr("Nothing was imported: the file has problems."));
        return false;
    }
    QStringList parts { tr("%n created", nullptr, m_report.created) };
    if (m_report.updated)
        parts << tr("%n filled in", nullptr, m_report.updated);
    if (m_report.skipped)
        parts << tr("%n already here, skipped", nullptr, m_report.skipped);
    if (m_report.rejected)
        parts << tr("%n left out with problems", nullptr, m_report.rejected);
    Prompter::information(
        this, windowTitle(), tr("Imported: %1.").arg(parts.join(QStringLiteral(", "))));
    return true;
}

} // namespace tandem
