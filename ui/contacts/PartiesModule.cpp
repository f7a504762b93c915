#include "contacts/PartiesModule.h"

#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "contacts/CompanyCardView.h"
#include "contacts/ContactCardView.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/ImportDialog.h"
#include "contacts/ListFilterBar.h"
#include "domain/EntitySchema.h"
#include "io/ImportLookups.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "services/Duplicates.h"
#include "store/Session.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace tandem {

namespace {

bool isContact(const QString& entity)
{
    return entity == QLatin1String("contact");
}

ExchangeFormat formatOf(const QString& path)
{
    // .vcf and .vcard are address books; anything else is read as CSV.
    return AddressBookFiles::formatNamed(QFileInfo(path).suffix()).value_or(ExchangeFormat::Csv);
}

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

PartiesModule::PartiesModule(const UiContext& context, const QString& entity, QObject* parent)
    : RecordsModule(context, entity,
        isContact(entity) ? QStringLiteral("contacts") : QStringLiteral("companies"), {},
        Qt::AscendingOrder, parent)
    , m_context(context)
    , m_entity(entity)
    , m_import(new QAction(Icons::get(QStringLiteral("import")), tr("&Import…"), this))
    , m_export(new QAction(Icons::get(QStringLiteral("export")), tr("E&xport…"), this))
    , m_duplicates(new QAction(Icons::get(QStringLiteral("merge")), tr("Find &duplicates…"), this))
    , m_separator(new QAction(this))
{
    m_separator->setSeparator(true);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_duplicates->setObjectName(QStringLiteral("duplicatesAction"));
    m_import->setToolTip(isContact(entity) ? tr("Bring in contacts from a vCard or CSV file")
                                           : tr("Bring in companies from a CSV file"));
    m_export->setToolTip(isContact(entity) ? tr("Save the contacts the list shows as vCard or CSV")
                                           : tr("Save the companies the list shows as CSV"));
    m_duplicates->setToolTip(tr("Review records that look like the same one, and merge them"));
    connect(m_import, &QAction::triggered, this, [this] {
        if (ImportDialog* dialog = importFile())
            dialog->open();
    });
    connect(m_export, &QAction::triggered, this, &PartiesModule::exportList);
    connect(m_duplicates, &QAction::triggered, this, [this] {
        if (DuplicatesDialog* dialog = reviewDuplicates())
            dialog->open();
    });
}

QList<QAction*> PartiesModule::actions() const
{
    QList<QAction*> list = RecordsModule::actions();
    list << m_separator << m_import << m_export << m_duplicates;
    return list;
}

QWidget* PartiesModule::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;
    RecordListView* list = view();
    m_filterBar = new ListFilterBar(m_context, *list, list);
    list->addToolRow(m_filterBar);
    RecordForm* form = list->form();
    form->setCreateCheck([this](const QVariantMap& values) { return confirmNew(values); });
    if (isContact(m_entity)) {
        m_contactCard = new ContactCardView(m_context, form);
        form->setOverviewPage(m_contactCard, Icons::get(QStringLiteral("contacts")), tr("Card"));
    } else {
        m_companyCard = new CompanyCardView(m_context, form);
        form->setOverviewPage(m_companyCard, Icons::get(QStringLiteral("companies")), tr("Card"));
    }
    return widget;
}

bool PartiesModule::confirmNew(const QVariantMap& values)
{
    QString existingId;
    QString question;
    if (isContact(m_entity)) {
        auto candidates = Duplicates::candidatesFor(m_context.session, values);
        if (!candidates || candidates->isEmpty())
            return true;
        const DuplicateCandidate& best = candidates->first();
        existingId = best.id;
        question = tr("“%1” may already be here: %2.\n\nSave it as a new contact anyway, or open "
                      "the existing one?")
                       .arg(best.label, best.reasons.join(QStringLiteral(", ")));
    } else {
        // The same registration or VAT code, or the same name.
        const auto match = CompanyDuplicates(m_context.session.records()).find(values);
        if (!match || match->id.isEmpty())
            return true;
        existingId = match->id;
        question = tr("“%1” may already be here.\n\nSave it as a new company anyway, or open the "
                      "existing one?")
                       .arg(m_context.session.records().labelOf(m_entity, existingId));
    }
    const auto answer = Prompter::question(view(), tr("Possible duplicate"), question,
        QMessageBox::Save | QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Save)
        return true;
    if (answer == QMessageBox::Open) {
        view()->form()->revert();
        view()->openRecord(existingId);
    }
    return false;
}

ImportDialog* PartiesModule::importFile(const QString& given)
{
    const QString filter = isContact(m_entity)
        ? tr("Address books (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)")
        : tr("CSV (*.csv *.txt)");
    const QString path = given.isEmpty()
        ? Prompter::openFileName(view(), m_import->toolTip(), documentsDir(), filter)
        : given;
    if (path.isEmpty())
        return nullptr;
    auto* dialog = new ImportDialog(m_context, m_entity, path,
        isContact(m_entity) ? formatOf(path) : ExchangeFormat::Csv, view());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

int PartiesModule::exportList()
{
    const QString plural = EntitySchema::find(m_entity)->translatedPlural();
    const QString suggested = documentsDir() + QLatin1Char('/') + plural.toLower()
        + (isContact(m_entity) ? QStringLiteral(".vcf") : QStringLiteral(".csv"));
    const QString filter
        = isContact(m_entity) ? tr("vCard (*.vcf);;CSV (*.csv)") : tr("CSV (*.csv)");
    QString path = Prompter::saveFileName(view(), m_export->toolTip(), suggested, filter);
    if (path.isEmpty())
        return -1;
    if (QFileInfo(path).suffix().isEmpty())
        path += isContact(m_entity) ? QStringLiteral(".vcf") : QStringLiteral(".csv");
    ExportRequest request;
    request.path = path;
    request.entity = m_entity;
    request.format = isContact(m_entity) ? formatOf(path) : ExchangeFormat::Csv;
    if (view())
        request.query = view()->model()->conditions();
    request.values = LocaleValues(QLocale(), &ChoiceLabels::text);
    // vCard 3.0: the version Apple Contacts, Google Contacts and Thunderbird all read.
    request.vcard3 = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = AddressBookFiles::exportFile(m_context.session, request);
    QApplication::restoreOverrideCursor();
    if (!written) {
        Prompter::warning(view(), m_export->toolTip(), written.error().toString());
        return -1;
    }
    Prompter::information(view(), m_export->toolTip(),
        tr("Wrote %n record(s) to %1.", nullptr, *written).arg(QFileInfo(path).fileName()));
    return *written;
}

DuplicatesDialog* PartiesModule::reviewDuplicates()
{
    auto* dialog = new DuplicatesDialog(m_context, m_entity, view());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace tandem
