#include "services/Campaigns.h"

#include "io/CsvContacts.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "reports/ReportCatalog.h"
#include "services/CaseRules.h"
#include "services/DuplicateIndex.h"
#include "services/Duplicates.h"
#include "services/LeadIntake.h"
#include "services/Tasks.h"
#include "services/WorkingTime.h"
#include "store/DuplicateKeys.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tandem {

namespace {

const QString kCampaign = QStringLiteral("campaign");
const QString kLead = QStringLiteral("lead");
constexpr int kFollowUpWorkingDays = 2;

// Text::tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Campaigns)
};

QString folded(const QString& name)
{
    return foldForSearch(name).simplified();
}

QString personLabel(const ResponseDraft& d)
{
    const QString person
        = (d.firstName.trimmed() + QLatin1Char(' ') + d.lastName.trimmed()).trimmed();
    if (!person.isEmpty() && !d.companyName.trimmed().isEmpty())
        return person + QStringLiteral(", ") + d.companyName.trimmed();
    if (!person.isEmpty() || !d.companyName.trimmed().isEmpty())
        return person + d.companyName.trimmed();
    return d.email.trimmed();
}

// Attendee lists come from event tools and spreadsheets in the team's languages: their usual
// headers, beside the contact columns CsvMapping knows (English, and the running translation).
const QList<std::pair<const char*, const char*>>& attendeeHeaders()
{
    static const QList<std::pair<const char*, const char*>> headers {
        { "Vardas", "first_name" },
        { "Imię", "first_name" },
        { "Ім'я", "first_name" },
        { "Імя", "first_name" },
        { "Имя", "first_name" },
        { "Prenume", "first_name" },
        { "Pavardė", "last_name" },
        { "Nazwisko", "last_name" },
        { "Прізвище", "last_name" },
        { "Фамилия", "last_name" },
        { "Nume", "last_name" },
        { "Nume de familie", "last_name" },
        { "El. paštas", "email" },
        { "El. pašto adresas", "email" },
        { "E-mail", "email" },
        { "Adres e-mail", "email" },
        { "Електронна пошта", "email" },
        { "Ел. пошта", "email" },
        { "Электронная почта", "email" },
        { "Эл. почта", "email" },
        { "Adresă de e-mail", "email" },
        { "Telefonas", "phone" },
        { "Telefon", "phone" },
        { "Телефон", "phone" },
        { "Mobilusis telefonas", "mobile" },
        { "Telefon komórkowy", "mobile" },
        { "Мобільний телефон", "mobile" },
        { "Мобильный телефон", "mobile" },
        { "Mobil", "mobile" },
        { "Įmonė", "company" },
        { "Bendrovė", "company" },
        { "Firma", "company" },
        { "Organizacja", "company" },
        { "Компанія", "company" },
        { "Організація", "company" },
        { "Компания", "company" },
        { "Организация", "company" },
        { "Companie", "company" },
        { "Firmă", "company" },
        { "Organizație", "company" },
        { "Pareigos", "title" },
        { "Stanowisko", "title" },
        { "Посада", "title" },
        { "Должность", "title" },
        { "Funcție", "title" },
        { "Funcția", "title" },
    };
    return headers;
}

CsvMapping attendeeMapping(const QStringList& header)
{
    CsvMapping mapping = CsvMapping::autoMatch(QStringLiteral("contact"), header);
    for (int col : mapping.unmatchedColumns()) {
        const QString key = CsvMapping::matchKey(header.at(col));
        for (const auto& [text, target] : attendeeHeaders()) {
            if (CsvMapping::matchKey(QString::fromUtf8(text)) != key)
                continue;
            if (mapping.columnOf(QLatin1String(target)) < 0)
                mapping.targets[col] = QLatin1String(target);
            break;
        }
    }
    return mapping;
}

// The strongest reason among the matches, and the entry it points to (the first one on ties).
std::pair<int, ResponseMatch> strongest(const QHash<int, unsigned>& matches)
{
    int best = -1;
    ResponseMatch match = ResponseMatch::None;
    auto rank = [](unsigned reasons) {
        if (reasons & SameEmail)
            return ResponseMatch::Email;
        if (reasons & SamePhone)
            return ResponseMatch::Phone;
        if (reasons & SimilarName)
            return ResponseMatch::NameCompany;
        return ResponseMatch::None;
    };
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        const ResponseMatch m = rank(it.value());
        if (m == ResponseMatch::None)
            continue;
        if (best < 0 || int(m) < int(match) || (m == match && it.key() < best)) {
            best = it.key();
            match = m;
        }
    }
    return { best, match };
}

QString matchText(ResponseMatch match)
{
    switch (match) {
    case ResponseMatch::Email:
        return Text::tr("the same e-mail");
    case ResponseMatch::Phone:
        return Text::tr("the same phone");
    case ResponseMatch::NameCompany:
        return Text::tr("the same name at the same company");
    case ResponseMatch::None:
        break;
    }
    return {};
}

// One or many responses to one campaign: the indexes are built once, and a response recorded
// joins the campaign's index so a second row for the same person is found.
class ResponseRun {
public:
    ResponseRun(Session& session, const QString& campaignId)
        : m_session(session)
        , m_campaignId(campaignId)
    {
    }

    Result<void> load();
    Result<ResponseOutcome> record(const ResponseDraft& draft);

private:
    // The company id of a name, else "name:<folded>" so responses without a known company still
    // compare by name at the same company.
    QString companyKey(const QString& name) const;
    Result<QString> followUpTask(const QString& leadId);

    Session& m_session;
    QString m_campaignId;
    ContactDuplicateIndex m_contacts; // profile ids: contact ids
    ContactDuplicateIndex m_responded; // profile ids: the campaign's lead ids
    QHash<QString, QString> m_companyByName; // folded name → id
    QHash<QString, QString> m_contactCompany; // contact id → company id
};

Result<void> ResponseRun::load()
{
    if (!m_session.records().get(kCampaign, m_campaignId))
        return makeError(Text::tr("There is no campaign %1.").arg(m_campaignId));
    auto companies = DuplicateKeys::companies(m_session.database());
    if (!companies)
        return companies.error();
    for (const CompanyKeys& c : *companies) {
        const QString key = folded(c.name);
        if (!key.isEmpty() && !m_companyByName.contains(key))
            m_companyByName.insert(key, c.id);
    }
    auto contacts = DuplicateKeys::contacts(m_session.database());
    if (!contacts)
        return contacts.error();
    for (const ContactKeys& k : *contacts) {
        m_contacts.add(ContactProfile::fromKeys(k));
        m_contactCompany.insert(k.id, k.companyId);
    }
    auto leads = CampaignQueries::responses(m_session.database(), m_campaignId);
    if (!leads)
        return leads.error();
    for (const CampaignResponseRow& l : *leads) {
        m_responded.add(ContactProfile::fromValues(
            { { QStringLiteral("id"), l.leadId }, { QStringLiteral("first_name"), l.firstName },
                { QStringLiteral("last_name"), l.lastName }, { QStringLiteral("email"), l.email },
                { QStringLiteral("phone"), l.phone },
                { QStringLiteral("company_id"),
                    l.companyId.isEmpty() ? companyKey(l.companyName) : l.companyId } }));
    }
    return {};
}

QString ResponseRun::companyKey(const QString& name) const
{
    const QString key = folded(name);
    if (key.isEmpty())
        return {};
    return m_companyByName.value(key, QStringLiteral("name:") + key);
}

Result<QString> ResponseRun::followUpTask(const QString& leadId)
{
    const auto lead = m_session.records().get(kLead, leadId);
    if (!lead)
        return makeError(Text::tr("The new lead could not be read back."));
    // LeadIntake made the first-contact task with the lead: that is the follow-up.
    if (const auto task = LeadIntake::firstContactTask(m_session, *lead))
        return task->id;
    TaskDraft task;
    task.subject = Text::tr("Follow up: %1").arg(LeadIntake::label(lead->fields));
    task.priority = QStringLiteral("high");
    task.ownerId = lead->text(QStringLiteral("owner_id"));
    task.leadId = leadId;
    const QString due = lead->text(QStringLiteral("first_contact_due"));
    if (!due.isEmpty()) {
        task.due = QDateTime::fromString(due, Qt::ISODateWithMs);
    } else {
        const WorkCalendar calendar = CaseRules::calendar(m_session);
        const qint64 day = calendar.hours.start.secsTo(calendar.hours.end) / 60;
        task.due
            = WorkingTime::add(m_session.clock().nowUtc(), kFollowUpWorkingDays * day, calendar);
    }
    auto made = Tasks::create(m_session, task);
    if (!made)
        return made.error();
    return made->id;
}

Result<ResponseOutcome> ResponseRun::record(const ResponseDraft& draft)
{
    ResponseOutcome out;
    const QString label = personLabel(draft);
    if (draft.firstName.trimmed().isEmpty() && draft.lastName.trimmed().isEmpty()
        && draft.email.trimmed().isEmpty())
        return makeError(
            Text::tr("A response needs a name or an e-mail address."), QStringLiteral("last_name"));

    QVariantMap person { { QStringLiteral("first_name"), draft.firstName.trimmed() },
        { QStringLiteral("last_name"), draft.lastName.trimmed() },
        { QStringLiteral("email"), draft.email.trimmed() },
        { QStringLiteral("phone"), draft.phone.trimmed() },
        { QStringLiteral("company_id"), companyKey(draft.companyName) } };
    const ContactProfile probe = ContactProfile::fromValues(person);

    if (const auto [i, why] = strongest(m_responded.matches(probe)); i >= 0) {
        out.leadId = m_responded.at(i).id;
        out.alreadyResponded = true;
        out.match = why;
        out.message = Text::tr("%1 already responded to this campaign (%2): no second lead.")
                          .arg(label, matchText(why));
        return out;
    }

    QVariantMap lead { { QStringLiteral("source"), QStringLiteral("campaign") },
        { QStringLiteral("campaign_id"), m_campaignId } };
    auto put = [&](const char* field, const QString& value) {
        if (!value.trimmed().isEmpty())
            lead.insert(QLatin1String(field), value.trimmed());
    };
    put("first_name", draft.firstName);
    put("last_name", draft.lastName);
    put("email", draft.email);
    put("phone", draft.phone);
    put("company_name", draft.companyName);
    QStringList needs;
    if (!draft.jobTitle.trimmed().isEmpty())
        needs << Text::tr("Job title: %1").arg(draft.jobTitle.trimmed());
    if (!draft.notes.trimmed().isEmpty())
        needs << draft.notes.trimmed();
    if (!needs.isEmpty())
        lead.insert(QStringLiteral("needs"), needs.join(QLatin1Char('\n')));

    const QString company = person.value(QStringLiteral("company_id")).toString();
    if (!company.isEmpty() && !company.startsWith(QStringLiteral("name:")))
        out.companyId = company;
    if (const auto [i, why] = strongest(m_contacts.matches(probe)); i >= 0) {
        out.contactId = m_contacts.at(i).id;
        out.match = why;
        if (const QString c = m_contactCompany.value(out.contactId); !c.isEmpty())
            out.companyId = c;
        lead.insert(QStringLiteral("contact_id"), out.contactId);
    }
    if (!out.companyId.isEmpty())
        lead.insert(QStringLiteral("company_id"), out.companyId);

    Transaction tx(m_session.database());
    auto id = LeadIntake::create(m_session, lead);
    if (!id)
        return id.error();
    auto task = followUpTask(*id);
    if (!task)
        return task.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    out.leadId = *id;
    out.taskId = *task;
    out.message = out.contactId.isEmpty()
        ? Text::tr("%1: a new lead.").arg(label)
        : Text::tr("%1: a new lead, linked to the existing contact %2 (%3).")
              .arg(label, m_session.records().labelOf(QStringLiteral("contact"), out.contactId),
                  matchText(out.match));

    person.insert(QStringLiteral("id"), *id);
    m_responded.add(ContactProfile::fromValues(person));
    return out;
}

std::optional<qint64> integer(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace

std::optional<double> CampaignStats::leadsProgress() const
{
    if (!goalLeads || *goalLeads <= 0)
        return std::nullopt;
    return 100.0 * responses / double(*goalLeads);
}

std::optional<double> CampaignStats::revenueProgress() const
{
    if (!goalRevenue || *goalRevenue <= 0)
        return std::nullopt;
    return 100.0 * double(revenue) / double(*goalRevenue);
}

Result<ResponseOutcome> Campaigns::recordResponse(
    Session& session, const QString& campaignId, const ResponseDraft& draft)
{
    ResponseRun run(session, campaignId);
    if (auto r = run.load(); !r)
        return r.error();
    return run.record(draft);
}

Result<AttendeeImport> Campaigns::importAttendees(
    Session& session, const QString& campaignId, const QString& csvPath)
{
    AttendeeImport out;
    out.fileName = QFileInfo(csvPath).fileName();
    auto table = CsvReader::readFile(csvPath);
    if (!table)
        return table.error();
    if (!table->errors.isEmpty())
        return table->errors.first();
    const CsvMapping mapping = attendeeMapping(table->header);
    if (mapping.columnOf(QStringLiteral("first_name")) < 0
        && mapping.columnOf(QStringLiteral("last_name")) < 0
        && mapping.columnOf(QStringLiteral("email")) < 0
        && mapping.columnOf(QStringLiteral("email_work")) < 0
        && mapping.columnOf(QStringLiteral("full_name")) < 0)
        return Error { Text::tr(
                           "The file has no column for the name or the e-mail address (the first "
                           "line must name the columns)."),
            out.fileName, 1, {} };
    const CardReadResult cards = CsvContacts::toCards(*table, mapping);
    if (!cards.errors.isEmpty()) {
        Error e = cards.errors.first();
        if (e.file.isEmpty())
            e.file = out.fileName;
        return e;
    }

    ResponseRun run(session, campaignId);
    if (auto r = run.load(); !r)
        return r.error();
    Transaction tx(session.database());
    for (const ContactCard& card : cards.cards) {
        ResponseDraft d;
        d.firstName = card.firstName;
        d.lastName = card.lastName;
        if (d.firstName.isEmpty() && d.lastName.isEmpty())
            d.lastName = card.formattedName;
        d.email = card.emails.isEmpty() ? QString() : card.emails.first().value;
        d.phone = card.phones.isEmpty() ? QString() : card.phones.first().value;
        d.companyName = card.organisation;
        d.jobTitle = card.title;
        d.notes = card.note;
        ++out.rows;
        auto r = run.record(d);
        if (!r) {
            Error e = r.error();
            e.file = out.fileName;
            e.line = card.line;
            return e; // the transaction rolls back: nothing of the file stays
        }
        if (r->alreadyResponded) {
            ++out.skipped;
            out.skippedRows << SkippedAttendee { card.line, personLabel(d), r->leadId,
                Text::tr("already responded (%1)").arg(matchText(r->match)) };
            continue;
        }
        ++out.created;
        if (!r->contactId.isEmpty())
            ++out.matched;
        out.leadIds << r->leadId;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<CampaignStats> Campaigns::stats(Session& session, const QString& campaignId)
{
    const auto campaign = session.records().get(kCampaign, campaignId);
    if (!campaign)
        return makeError(Text::tr("There is no campaign %1.").arg(campaignId));
    CampaignStats s;
    s.campaignId = campaignId;
    s.currency = campaign->text(QStringLiteral("currency"));
    if (s.currency.isEmpty())
        s.currency = session.defaultCurrency();
    s.budget = integer(campaign->value(QStringLiteral("budget")));
    s.goalLeads = integer(campaign->value(QStringLiteral("goal_leads")));
    s.goalRevenue = integer(campaign->value(QStringLiteral("goal_revenue")));

    // The Campaigns report's own statement over all time, so the figures are the same everywhere.
    ReportParams p;
    p.from = QDate(1900, 1, 1);
    p.to = QDate(9998, 12, 31);
    p.currency = s.currency;
    auto table = campaignsReport().run(session, p);
    if (!table)
        return table.error();
    for (const ReportRow& row : table->rows) {
        if (row.total || row.key != campaignId)
            continue;
        auto cell = [&](const char* key) {
            const int c = table->column(QLatin1String(key));
            return c >= 0 && c < row.cells.size() ? row.cells.at(c).value : QVariant();
        };
        s.responses = cell("leads").toInt();
        s.qualified = cell("qualified").toInt();
        s.deals = cell("deals").toInt();
        s.won = cell("won").toInt();
        s.revenue = cell("revenue").toLongLong();
        s.cost = integer(cell("cost"));
        s.costPerLead = integer(cell("cost_per_lead"));
        if (const QVariant r = cell("return"); r.isValid() && !r.isNull())
            s.returnPercent = r.toDouble();
    }
    auto untouched = CampaignQueries::untouchedCount(session.database(), campaignId);
    if (!untouched)
        return untouched.error();
    s.untouched = *untouched;
    return s;
}

Result<QList<CampaignResponseRow>> Campaigns::responses(Session& session, const QString& campaignId)
{
    return CampaignQueries::responses(session.database(), campaignId);
}

} // namespace tandem
