#include "services/ContactImport.h"

#include "domain/AttachmentContent.h"
#include "services/ContactDraft.h"
#include "services/Duplicates.h"
#include "store/AutoBackup.h"
#include "store/DuplicateKeys.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QMimeDatabase>

namespace tandem {

namespace {

const QString kContact = QStringLiteral("contact");

// One contact the import writes: a new one, or an existing one that rows fill in.
struct Plan {
    QString targetId; // the existing contact to update; empty: a contact to create
    ContactDraft draft; // create: the whole contact; update: what the rows add to it
    ContactDraft state; // update: the contact as stored plus what earlier rows added
    QString createdId;
};

struct KnownCompany {
    QString id;
    QString country;
};

// The import checked or made every reference it writes: skip the per-reference lookups.
class TrustReferences {
public:
    explicit TrustReferences(WriteContext& context)
        : m_context(context)
        , m_before(context.trustReferences)
    {
        m_context.trustReferences = true;
    }
    ~TrustReferences() { m_context.trustReferences = m_before; }

private:
    WriteContext& m_context;
    bool m_before;
};

QString nameKey(const QString& name)
{
    return foldForSearch(name).simplified();
}

// Contacts this import creates stand in the duplicate index as "#<plan>" until they have an id.
QString plannedKey(int plan)
{
    return QLatin1Char('#') + QString::number(plan);
}

int plannedIndex(const QString& key)
{
    return key.startsWith(QLatin1Char('#')) ? key.mid(1).toInt() : -1;
}

QString cardLabel(const ContactCard& card)
{
    if (!card.formattedName.trimmed().isEmpty())
        return card.formattedName.trimmed();
    const QString name = (card.firstName + QLatin1Char(' ') + card.lastName).trimmed();
    return name.isEmpty() && !card.emails.isEmpty() ? card.emails.first().value : name;
}

class ImportRun {
public:
    ImportRun(Session& session, const ImportOptions& options)
        : m_session(session)
        , m_records(session.records())
        , m_options(options)
        , m_users(session.records())
    {
    }

    Result<ImportReport> run(const CardReadResult& input);

private:
    Result<void> load();
    Result<void> plan(const ContactCard& card);
    int bestMatch(const QHash<int, unsigned>& matches) const;
    Result<int> updatePlanFor(const QString& contactId);
    Result<void> apply();
    Result<void> write(Plan& plan);
    Result<void> writeDetails(const QString& contactId, const ContactDraft& draft);
    Result<QString> companyFor(const QString& name);
    Result<QString> tagFor(const QString& name);
    void pushRow(ImportRow row, int plan, int duplicateOfPlan);

    Session& m_session;
    RecordStore& m_records;
    const ImportOptions& m_options;
    UserDirectory m_users;
    ImportReport m_report;
    ContactDuplicateIndex m_index;
    QHash<QString, KnownCompany> m_companies; // by folded name
    QHash<QString, QString> m_tagIds; // by folded name
    QHash<QString, QString> m_tagNames; // by id
    QList<Plan> m_plans;
    QHash<QString, int> m_planOfContact; // existing contact → the plan that updates it
    QList<int> m_rowPlan; // per report row: the plan it became part of, or -1
    QList<int> m_rowDuplicateOfPlan; // per report row: the planned contact it duplicates, or -1
};

Result<ImportReport> ImportRun::run(const CardReadResult& input)
{
    for (Error e : input.errors) {
        if (e.file.isEmpty())
            e.file = m_options.fileName;
        m_report.errors << e;
    }
    if (auto r = load(); !r)
        return r.error();
    for (const ContactCard& card : input.cards) {
        if (auto r = plan(card); !r)
            return r.error();
    }
    const bool invalid = m_report.rejected > 0 || !m_report.errors.isEmpty();
    if (m_options.dryRun || (invalid && !m_options.skipInvalid))
        return m_report;
    if (auto b = AutoBackup::before(
            m_session.database(), BackupReason::BeforeImport, m_session.clock().nowUtc());
        !b)
        return b.error();
    if (auto r = apply(); !r)
        return r.error();
    m_report.applied = true;
    for (int i = 0; i < m_report.rows.size(); ++i) {
        ImportRow& row = m_report.rows[i];
        if (const int p = m_rowPlan.at(i); p >= 0)
            row.recordId = m_plans.at(p).targetId.isEmpty() ? m_plans.at(p).createdId
                                                            : m_plans.at(p).targetId;
        if (const int d = m_rowDuplicateOfPlan.at(i); d >= 0)
            row.duplicateOfId = m_plans.at(d).createdId;
    }
    return m_report;
}

Result<void> ImportRun::load()
{
    auto index = Duplicates::contactIndex(m_session);
    if (!index)
        return index.error();
    m_index = std::move(index).value();
    auto companies = DuplicateKeys::companies(m_session.database());
    if (!companies)
        return companies.error();
    for (const CompanyKeys& c : *companies) {
        const QString key = nameKey(c.name);
        if (!key.isEmpty() && !m_companies.contains(key))
            m_companies.insert(key, { c.id, c.country });
    }
    auto tags = m_records.list(QStringLiteral("tag"));
    if (!tags)
        return tags.error();
    for (const Record& t : *tags) {
        const QString name = t.text(QStringLiteral("name"));
        if (!m_tagIds.contains(nameKey(name)))
            m_tagIds.insert(nameKey(name), t.id);
        m_tagNames.insert(t.id, name);
    }
    return {};
}

void ImportRun::pushRow(ImportRow row, int plan, int duplicateOfPlan)
{
    m_report.rows << row;
    m_rowPlan << plan;
    m_rowDuplicateOfPlan << duplicateOfPlan;
}

int ImportRun::bestMatch(const QHash<int, unsigned>& matches) const
{
    int best = -1;
    int bestScore = -1;
    for (auto it = matches.begin(); it != matches.end(); ++it) {
        const int score = duplicateScore(it.value());
        if (score > bestScore || (score == bestScore && it.key() < best)) {
            best = it.key();
            bestScore = score;
        }
    }
    return best;
}

Result<void> ImportRun::plan(const ContactCard& card)
{
    ImportRow row;
    row.line = card.line;
    auto draft = draftFromCard(card, m_users, m_options.fileName, m_session.defaultCurrency());
    if (!draft) {
        row.outcome = ImportRow::Outcome::Rejected;
        row.label = cardLabel(card);
        row.error = draft.error();
        ++m_report.rejected;
        pushRow(row, -1, -1);
        return {};
    }
    row.label = draft->label();

    const QString company = nameKey(draft->companyName);
    const KnownCompany known = m_companies.value(company);
    QVariantMap probe = draft->values;
    if (!company.isEmpty()) // a company this file creates groups its contacts by name too
        probe.insert(QStringLiteral("company_id"),
            known.id.isEmpty() ? QStringLiteral("new:") + company : known.id);
    ContactProfile profile
        = ContactProfile::fromValues(probe, draft->pointValues(QStringLiteral("email")),
            draft->pointValues(QStringLiteral("phone")), known.country);

    const int best = bestMatch(m_index.matches(profile));
    if (best < 0 || m_options.duplicates == DuplicatePolicy::CreateAnyway) {
        const int p = int(m_plans.size());
        m_plans << Plan { {}, *draft, {}, {} };
        profile.id = plannedKey(p);
        m_index.add(profile);
        row.outcome = ImportRow::Outcome::Created;
        ++m_report.created;
        pushRow(row, p, -1);
        return {};
    }

    const QString target = m_index.at(best).id;
    const int planned = plannedIndex(target);
    if (planned < 0)
        row.duplicateOfId = target;
    if (m_options.duplicates == DuplicatePolicy::Skip) {
        row.outcome = ImportRow::Outcome::SkippedDuplicate;
        ++m_report.skipped;
        pushRow(row, -1, planned);
        return {};
    }
    int p = planned;
    if (planned >= 0) {
        absorb(m_plans[p].draft, additionsTo(m_plans[p].draft, *draft));
    } else {
        auto found = updatePlanFor(target);
        if (!found)
            return found.error();
        p = *found;
        const ContactDraft added = additionsTo(m_plans[p].state, *draft);
        absorb(m_plans[p].state, added);
        absorb(m_plans[p].draft, added);
    }
    // Later rows find the contact by this row's e-mails and phones too.
    profile.id = target;
    m_index.add(profile);
    row.outcome = ImportRow::Outcome::Updated;
    ++m_report.updated;
    pushRow(row, p, planned);
    return {};
}

Result<int> ImportRun::updatePlanFor(const QString& contactId)
{
    if (const auto it = m_planOfContact.constFind(contactId); it != m_planOfContact.constEnd())
        return *it;
    const auto contact = m_records.get(kContact, contactId);
    if (!contact)
        return makeError(
            QCoreApplication::translate("ContactImport", "there is no contact with id %1")
                .arg(contactId));
    Plan plan;
    plan.targetId = contactId;
    plan.state.values = contact->fields;
    ListQuery points;
    points.where << qMakePair(QStringLiteral("contact_id"), QVariant(contactId));
    auto pointRows = m_records.list(QStringLiteral("contact_point"), points);
    if (!pointRows)
        return pointRows.error();
    for (const Record& r : *pointRows)
        plan.state.points << r.fields;
    ListQuery tagged;
    tagged.where << qMakePair(QStringLiteral("entity"), QVariant(kContact))
                 << qMakePair(QStringLiteral("record_id"), QVariant(contactId));
    auto taggings = m_records.list(QStringLiteral("tagging"), tagged);
    if (!taggings)
        return taggings.error();
    for (const Record& r : *taggings)
        plan.state.tags << m_tagNames.value(r.text(QStringLiteral("tag_id")));
    const int p = int(m_plans.size());
    m_plans << plan;
    m_planOfContact.insert(contactId, p);
    return p;
}

Result<void> ImportRun::apply()
{
    Transaction tx(m_session.database());
    if (!tx.isOpen()) // never half an import: without the transaction each write would stand alone
        return tx.commit().error();
    TrustReferences trust(m_session.context());
    for (Plan& plan : m_plans) {
        if (auto r = write(plan); !r) {
            Error e = r.error();
            e.file = m_options.fileName;
            e.line = plan.draft.line;
            return e;
        }
    }
    return tx.commit();
}

Result<void> ImportRun::write(Plan& plan)
{
    QVariantMap values = plan.draft.values;
    if (!plan.draft.companyName.isEmpty()) {
        auto company = companyFor(plan.draft.companyName);
        if (!company)
            return company.error();
        values.insert(QStringLiteral("company_id"), *company);
    }
    if (plan.targetId.isEmpty()) {
        auto id = m_records.create(kContact, values);
        if (!id)
            return id.error();
        plan.createdId = *id;
    } else if (!values.isEmpty()) {
        if (auto r = m_records.update(kContact, plan.targetId, values); !r)
            return r;
    }
    return writeDetails(plan.targetId.isEmpty() ? plan.createdId : plan.targetId, plan.draft);
}

Result<void> ImportRun::writeDetails(const QString& contactId, const ContactDraft& draft)
{
    for (QVariantMap point : draft.points) {
        point.insert(QStringLiteral("contact_id"), contactId);
        if (auto r = m_records.create(QStringLiteral("contact_point"), point); !r)
            return r.error();
    }
    for (const QString& name : draft.tags) {
        auto tag = tagFor(name);
        if (!tag)
            return tag.error();
        auto r = m_records.create(QStringLiteral("tagging"),
            { { QStringLiteral("tag_id"), *tag }, { QStringLiteral("entity"), kContact },
                { QStringLiteral("record_id"), contactId } });
        if (!r)
            return r.error();
    }
    if (draft.photo.isEmpty())
        return {};
    const QString suffix = QMimeDatabase().mimeTypeForName(draft.photoMimeType).preferredSuffix();
    const QString label = draft.label().isEmpty() ? QStringLiteral("photo") : draft.label();
    QVariantMap values = AttachmentContent::values(draft.photo, draft.photoMimeType);
    values.insert(
        QStringLiteral("name"), suffix.isEmpty() ? label : label + QLatin1Char('.') + suffix);
    values.insert(QStringLiteral("kind"), QStringLiteral("photo"));
    values.insert(QStringLiteral("entity"), kContact);
    values.insert(QStringLiteral("record_id"), contactId);
    auto photo = m_records.create(QStringLiteral("attachment"), values);
    if (!photo)
        return photo.error();
    return m_records.update(kContact, contactId, { { QStringLiteral("photo_id"), *photo } });
}

Result<QString> ImportRun::companyFor(const QString& name)
{
    const QString key = nameKey(name);
    if (const auto it = m_companies.constFind(key); it != m_companies.constEnd())
        return it->id;
    auto id = m_records.create(QStringLiteral("company"), { { QStringLiteral("name"), name } });
    if (!id)
        return id.error();
    m_companies.insert(key, { *id, {} });
    return *id;
}

Result<QString> ImportRun::tagFor(const QString& name)
{
    const QString key = nameKey(name);
    if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return *it;
    auto id = m_records.create(QStringLiteral("tag"), { { QStringLiteral("name"), name } });
    if (!id)
        return id.error();
    m_tagIds.insert(key, *id);
    return *id;
}

} // namespace

namespace ContactImport {

Result<ImportReport> run(
    Session& session, const CardReadResult& input, const ImportOptions& options)
{
    return ImportRun(session, options).run(input);
}

} // namespace ContactImport

} // namespace tandem
