#include "services/DormantRules.h"

#include "services/FreeSlots.h"
#include "store/CaseQueries.h"
#include "store/DormantQueries.h"
#include "store/Session.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <utility>

namespace tandem {

namespace {

const QString kRule = QStringLiteral("dormant_rule");
const QString kNoPurchase = QStringLiteral("no_purchase");
const QString kNoContact = QStringLiteral("no_contact");

DormantRule ruleOf(const Record& r)
{
    DormantRule rule;
    rule.id = r.id;
    rule.name = r.text(QStringLiteral("name"));
    rule.kind = r.text(QStringLiteral("kind"));
    rule.days = int(r.value(QStringLiteral("days")).toLongLong());
    rule.taskSubject = r.text(QStringLiteral("task_subject"));
    rule.dueDays = int(r.value(QStringLiteral("due_days")).toLongLong());
    rule.letterTemplate = r.text(QStringLiteral("letter_template"));
    const QVariant active = r.value(QStringLiteral("active"));
    rule.active = isEmptyValue(active) || active.toBool();
    return rule;
}

Result<void> seedDefaults(Session& session)
{
    struct Default {
        const char* name;
        const QString& kind;
        int days;
        const char* subject;
        int dueDays;
    };
    const Default defaults[] = {
        { QT_TRANSLATE_NOOP("DormantRules", "No purchase in 6 months"), kNoPurchase, 183,
            QT_TRANSLATE_NOOP("DormantRules", "Offer something new to {company}"), 7 },
        { QT_TRANSLATE_NOOP("DormantRules", "No contact in 90 days"), kNoContact, 90,
            QT_TRANSLATE_NOOP("DormantRules", "Get back in touch with {company}"), 3 },
    };
    Transaction tx(session.database());
    for (const Default& d : defaults) {
        auto id = session.records().create(kRule,
            { { QStringLiteral("name"), QCoreApplication::translate("DormantRules", d.name) },
                { QStringLiteral("kind"), d.kind }, { QStringLiteral("days"), d.days },
                { QStringLiteral("task_subject"),
                    QCoreApplication::translate("DormantRules", d.subject) },
                { QStringLiteral("due_days"), d.dueDays },
                { QStringLiteral("letter_template"), DormantRules::defaultLetter(d.kind) },
                { QStringLiteral("active"), true } });
        if (!id)
            return id.error();
    }
    return tx.commit();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat)
                          : QCoreApplication::translate("DormantRules", "never");
}

} // namespace

QString DormantRules::defaultLetter(const QString& kind)
{
    if (kind == kNoContact)
        return QCoreApplication::translate("DormantRules",
            "Dear {contact},\n\n"
            "we last spoke on {last_contact}, and I would like to hear how things are going "
            "at {company}. May I call you one of these days, or would you like to meet?\n\n"
            "Kind regards,\n{owner}");
    return QCoreApplication::translate("DormantRules",
        "Dear {contact},\n\n"
        "thank you for your order of {last_purchase}. Since then we have added products and "
        "services that may be of use to {company}, and I would be glad to show them to "
        "you.\n\n"
        "Kind regards,\n{owner}");
}

QString DormantRules::merge(const QString& text, const QMap<QString, QString>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        out += value == values.constEnd() ? m.captured(0) : *value;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

Result<QList<DormantRule>> DormantRules::rules(Session& session)
{
    ListQuery everyRule;
    everyRule.includeDeleted = true;
    auto ever = session.records().count(kRule, everyRule);
    if (!ever)
        return ever.error();
    if (*ever == 0) {
        if (auto r = seedDefaults(session); !r)
            return r.error();
    }
    ListQuery q;
    q.orderBy = QStringLiteral("name");
    auto rows = session.records().list(kRule, q);
    if (!rows)
        return rows.error();
    QList<DormantRule> out;
    for (const Record& r : *rows)
        out << ruleOf(r);
    return out;
}

std::optional<DormantRule> DormantRules::rule(Session& session, const QString& ruleId)
{
    const auto r = session.records().get(kRule, ruleId.trimmed().toLower());
    if (!r)
        return std::nullopt;
    return ruleOf(*r);
}

Result<QList<DormantCandidate>> DormantRules::candidates(
    Session& session, const QString& ruleId, const QDate& today)
{
    const auto rule = DormantRules::rule(session, ruleId);
    if (!rule)
        return makeError(QCoreApplication::translate(
            "DormantRules", "The dormant-customer rule no longer exists."));
    const bool noPurchase = rule->kind != kNoContact;
    const QDate cutoff = today.addDays(-qMax(0, rule->days));
    auto rows = DormantQueries::dormant(session.database(),
        noPurchase ? DormantQueries::Kind::NoPurchase : DormantQueries::Kind::NoContact, rule->id,
        cutoff, session.clock().nowUtc().toString(Qt::ISODateWithMs));
    if (!rows)
        return rows.error();
    auto cases = CaseQueries::openPerCompany(session.database());
    if (!cases)
        return cases.error();
    QList<DormantCandidate> out;
    out.reserve(rows->size());
    for (const DormantCompanyRow& r : *rows) {
        DormantCandidate c;
        c.companyId = r.companyId;
        c.companyName = r.companyName;
        c.ownerId = r.ownerId;
        c.ownerName = r.ownerName;
        c.lastPurchase = QDate::fromString(r.lastPurchase, Qt::ISODate);
        c.lastContact = QDateTime::fromString(r.lastContact, Qt::ISODateWithMs).toUTC();
        c.lastActivitySubject = r.lastContactSubject;
        c.contactId = r.contactId;
        c.contactName = r.contactName;
        QDate since = c.lastContact.date();
        if (noPurchase)
            since = c.lastPurchase;
        else if (!since.isValid())
            since = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs).toUTC().date();
        c.daysSince = since.isValid() ? int(since.daysTo(today)) : 0;
        const OpenCaseCount open = cases->value(c.companyId);
        c.openCases = open.open;
        c.openComplaints = open.complaints;
        out << c;
    }
    return out;
}

Result<QStringList> DormantRules::propose(
    Session& session, const QString& ruleId, const QStringList& companyIds, const QDate& today)
{
    const auto rule = DormantRules::rule(session, ruleId);
    if (!rule)
        return makeError(QCoreApplication::translate(
            "DormantRules", "The dormant-customer rule no longer exists."));
    auto all = candidates(session, rule->id, today);
    if (!all)
        return all.error();
    QHash<QString, const DormantCandidate*> byCompany;
    for (const DormantCandidate& c : *all)
        byCompany.insert(c.companyId, &c);
    // Checked before anything is written: a list shown a while ago may be out of date.
    for (const QString& id : companyIds) {
        const DormantCandidate* c = byCompany.value(id.trimmed().toLower());
        if (!c)
            return makeError(QCoreApplication::translate(
                "DormantRules", "“%1” is no longer waiting for a follow-up by this rule.")
                                 .arg(session.records().labelOf(QStringLiteral("company"), id)));
        if (c->openComplaints > 0)
            return makeError(QCoreApplication::translate("DormantRules",
                "“%1” has an open complaint: resolve it before sending a sales letter.")
                                 .arg(c->companyName));
    }

    RecordStore& rs = session.records();
    const QString me = session.currentUserId();
    const QString myName = rs.labelOf(QStringLiteral("user"), me);
    const WorkingHours hours = FreeSlots::workingHours(session);
    const QDateTime due = QDateTime(today.addDays(qMax(0, rule->dueDays)), hours.start, hours.zone);
    const QString subject = rule->taskSubject.trimmed().isEmpty()
        ? QCoreApplication::translate("DormantRules", "Follow up with {company}")
        : rule->taskSubject.trimmed();
    const qint64 nowMs = session.clock().nowMs();

    QStringList created;
    QHash<QString, bool> done; // a company ticked twice still gets one task
    Transaction tx(session.database());
    for (const QString& id : companyIds) {
        const DormantCandidate& c = *byCompany.value(id.trimmed().toLower());
        if (std::exchange(done[c.companyId], true))
            continue;
        const QString owner = c.ownerId.isEmpty() ? me : c.ownerId;
        const QString ownerName = c.ownerId.isEmpty() ? myName : c.ownerName;
        const QMap<QString, QString> values {
            { QStringLiteral("company"), c.companyName },
            { QStringLiteral("contact"), c.contactName.isEmpty() ? c.companyName : c.contactName },
            { QStringLiteral("owner"), ownerName },
            { QStringLiteral("last_purchase"), dateText(c.lastPurchase) },
            { QStringLiteral("last_contact"), dateText(c.lastContact.date()) },
        };
        QVariantMap task {
            { QStringLiteral("kind"), QStringLiteral("task") },
            { QStringLiteral("subject"), merge(subject, values) },
            { QStringLiteral("notes"), merge(rule->letterTemplate, values) },
            { QStringLiteral("due_at"), due },
            { QStringLiteral("priority"), QStringLiteral("normal") },
            { QStringLiteral("company_id"), c.companyId },
            { QStringLiteral("uid"), DormantQueries::taskMarker(rule->id, c.companyId, nowMs) },
        };
        if (!owner.isEmpty())
            task.insert(QStringLiteral("owner_id"), owner);
        if (!c.contactId.isEmpty())
            task.insert(QStringLiteral("contact_id"), c.contactId);
        auto taskId = rs.create(QStringLiteral("task"), task);
        if (!taskId)
            return Error {
                QCoreApplication::translate("DormantRules",
                    "No follow-up tasks were created: the task for “%1” was refused (%2).")
                    .arg(c.companyName, taskId.error().message),
                {}, 0, taskId.error().field
            };
        created << *taskId;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return created;
}

} // namespace tandem
