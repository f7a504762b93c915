#include "services/LeadQualification.h"

#include "services/LeadIntake.h"
#include "services/LostReasons.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace tandem {

namespace {

const QString kLead = QStringLiteral("lead");
const QString kStatus = QStringLiteral("status");
const QString kQuestionsKey = QStringLiteral("lead_qualification_questions");
const QString kSeparator = QStringLiteral(": ");

const char* const kDefaultQuestions[] = {
    QT_TRANSLATE_NOOP("LeadQualification", "What problem do they need solved?"),
    QT_TRANSLATE_NOOP("LeadQualification", "Is there a budget, and how big is it?"),
    QT_TRANSLATE_NOOP("LeadQualification", "Who makes the decision?"),
    QT_TRANSLATE_NOOP("LeadQualification", "When do they want to start?"),
};

// One line of text: answers and questions are stored one per line.
QString oneLine(const QString& text)
{
    return text.simplified();
}

Result<Record> loadLead(Session& session, const QString& leadId)
{
    if (auto lead = session.records().get(kLead, leadId))
        return *lead;
    return Error { QCoreApplication::translate("LeadQualification", "There is no lead with id %1.")
                       .arg(leadId),
        {}, 0, QStringLiteral("lead") };
}

QString status(const Record& lead)
{
    const QString s = lead.text(kStatus);
    return s.isEmpty() ? QStringLiteral("new") : s;
}

QString dealOf(Session& session, const Record& lead)
{
    return session.records().labelOf(QStringLiteral("deal"), lead.text(QStringLiteral("deal_id")));
}

// Why a lost lead is refused, with the reason it was lost for.
QString lostText(const Record& lead)
{
    const QString reason = lead.text(QStringLiteral("lost_reason"));
    if (reason.isEmpty())
        return QCoreApplication::translate(
            "LeadQualification", "“%1” was lost. Reopen it before qualifying it.")
            .arg(LeadIntake::label(lead.fields));
    return QCoreApplication::translate(
        "LeadQualification", "“%1” was lost (%2). Reopen it before qualifying it.")
        .arg(LeadIntake::label(lead.fields), reason);
}

} // namespace

QStringList LeadQualification::questions(Session& session)
{
    QStringList out;
    for (const QString& line : session.setting(kQuestionsKey).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    if (!out.isEmpty())
        return out;
    for (const char* q : kDefaultQuestions)
        out << QCoreApplication::translate("LeadQualification", q);
    return out;
}

Result<void> LeadQualification::setQuestions(Session& session, const QStringList& questions)
{
    QStringList lines;
    for (const QString& q : questions) {
        if (!oneLine(q).isEmpty())
            lines << oneLine(q);
    }
    return session.setSetting(kQuestionsKey, lines.join(QLatin1Char('\n')));
}

QList<QualificationAnswer> LeadQualification::answers(const Record& lead)
{
    QList<QualificationAnswer> out;
    for (const QString& line :
        lead.text(QStringLiteral("qualification")).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        // Questions end in "?" as a rule; a ": " inside the question does not split it then.
        qsizetype split = line.indexOf(QStringLiteral("?") + kSeparator);
        split = split >= 0 ? split + 1 : line.indexOf(kSeparator);
        if (split < 0) {
            if (out.isEmpty()) // a note written by hand: an answer without a question
                out << QualificationAnswer { QString(), line.trimmed() };
            else // a line of the answer above, written by hand
                out.last().answer += QLatin1Char('\n') + line.trimmed();
            continue;
        }
        out << QualificationAnswer { line.left(split).trimmed(),
            line.mid(split + kSeparator.size()).trimmed() };
    }
    return out;
}

Result<void> LeadQualification::qualify(
    Session& session, const QString& leadId, const QList<QualificationAnswer>& answers)
{
    auto lead = loadLead(session, leadId);
    if (!lead)
        return lead.error();
    if (status(*lead) == QLatin1String("lost"))
        return makeError(lostText(*lead));
    if (status(*lead) == QLatin1String("converted"))
        return makeError(QCoreApplication::translate("LeadQualification",
            "“%1” was already converted to the deal “%2”; qualify the deal instead.")
                             .arg(LeadIntake::label(lead->fields), dealOf(session, *lead)));
    QStringList lines;
    for (const QualificationAnswer& a : answers) {
        if (oneLine(a.answer).isEmpty())
            continue;
        lines << (a.question.trimmed().isEmpty()
                ? oneLine(a.answer)
                : oneLine(a.question) + kSeparator + oneLine(a.answer));
    }
    return session.records().update(kLead, lead->id,
        { { kStatus, QStringLiteral("qualified") },
            { QStringLiteral("qualification"),
                lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n'))) } });
}

Result<void> LeadQualification::lose(Session& session, const QString& leadId, const QString& reason)
{
    auto lead = loadLead(session, leadId);
    if (!lead)
        return lead.error();
    if (status(*lead) == QLatin1String("converted"))
        return makeError(QCoreApplication::translate("LeadQualification",
            "“%1” was already converted to the deal “%2”; if the sale fell through, lose the deal.")
                             .arg(LeadIntake::label(lead->fields), dealOf(session, *lead)));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error { QCoreApplication::translate(
                           "LeadQualification", "Say why the lead was lost."),
            {}, 0, QStringLiteral("lost_reason") };
    Transaction tx(session.database());
    if (auto r = session.records().update(kLead, lead->id,
            { { kStatus, QStringLiteral("lost") }, { QStringLiteral("lost_reason"), why } });
        !r)
        return r;
    // Nobody needs to call a lost lead: its reminder goes, its history stays.
    if (const auto task = LeadIntake::firstContactTask(session, *lead);
        task && !task->value(QStringLiteral("done")).toBool()) {
        if (auto r = session.records().remove(QStringLiteral("task"), task->id); !r)
            return r;
    }
    return tx.commit();
}

Result<void> LeadQualification::reopen(Session& session, const QString& leadId)
{
    auto lead = loadLead(session, leadId);
    if (!lead)
        return lead.error();
    if (status(*lead) != QLatin1String("lost"))
        return makeError(QCoreApplication::translate("LeadQualification", "“%1” is not lost.")
                             .arg(LeadIntake::label(lead->fields)));
    return session.records().update(kLead, lead->id,
        { { kStatus, QStringLiteral("contacted") },
            { QStringLiteral("lost_reason"), QVariant() } });
}

Result<void> LeadQualification::markContacted(Session& session, const QString& leadId)
{
    auto lead = loadLead(session, leadId);
    if (!lead)
        return lead.error();
    if (status(*lead) != QLatin1String("new"))
        return {};
    return session.records().update(kLead, lead->id, { { kStatus, QStringLiteral("contacted") } });
}

Result<void> LeadQualification::update(Session& session, const QString& leadId, QVariantMap values)
{
    auto lead = loadLead(session, leadId);
    if (!lead)
        return lead.error();
    RecordStore& rs = session.records();
    const QString current = status(*lead);
    const QString wanted
        = values.contains(kStatus) ? values.take(kStatus).toString().trimmed() : current;
    auto writeRest = [&]() -> Result<void> {
        return values.isEmpty() ? Result<void>() : rs.update(kLead, lead->id, values);
    };
    if (wanted == current)
        return writeRest();
    if (wanted == QLatin1String("converted"))
        return Error { QCoreApplication::translate("LeadQualification",
                           "Convert the lead to a deal instead (Convert to deal…, or tandem-cli "
                           "convert lead): that makes its company, contact and deal."),
            {}, 0, kStatus };
    if (current == QLatin1String("converted"))
        return Error { QCoreApplication::translate("LeadQualification",
                           "“%1” was converted to the deal “%2” and stays converted.")
                           .arg(LeadIntake::label(lead->fields), dealOf(session, *lead)),
            {}, 0, kStatus };

    Transaction tx(session.database());
    if (wanted == QLatin1String("lost")) {
        const QString reason = values.take(QStringLiteral("lost_reason")).toString();
        if (auto r = writeRest(); !r)
            return r;
        if (auto r = lose(session, lead->id, LostReasons::canonical(session, kLead, reason)); !r)
            return r;
        return tx.commit();
    }
    if (current == QLatin1String("lost")) {
        if (auto r = reopen(session, lead->id); !r)
            return r;
    }
    values.insert(kStatus, wanted);
    if (auto r = writeRest(); !r)
        return r;
    return tx.commit();
}

} // namespace tandem
