#include "common/ChoiceLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace tandem::ChoiceLabels {

namespace {

// The choices of the records the modules show; lupdate collects them in context "Choice".
const QHash<QString, const char*>& table()
{
    static const QHash<QString, const char*> t {
        { QStringLiteral("active"), QT_TRANSLATE_NOOP("Choice", "Active") },
        { QStringLiteral("inactive"), QT_TRANSLATE_NOOP("Choice", "Inactive") },
        { QStringLiteral("prospect"), QT_TRANSLATE_NOOP("Choice", "Prospect") },
        { QStringLiteral("customer"), QT_TRANSLATE_NOOP("Choice", "Customer") },
        { QStringLiteral("partner"), QT_TRANSLATE_NOOP("Choice", "Partner") },
        { QStringLiteral("former"), QT_TRANSLATE_NOOP("Choice", "Former customer") },
        { QStringLiteral("none"), QT_TRANSLATE_NOOP("Choice", "None") },
        { QStringLiteral("bronze"), QT_TRANSLATE_NOOP("Choice", "Bronze") },
        { QStringLiteral("silver"), QT_TRANSLATE_NOOP("Choice", "Silver") },
        { QStringLiteral("gold"), QT_TRANSLATE_NOOP("Choice", "Gold") },
        { QStringLiteral("web_form"), QT_TRANSLATE_NOOP("Choice", "Web form") },
        { QStringLiteral("call"), QT_TRANSLATE_NOOP("Choice", "Call") },
        { QStringLiteral("event"), QT_TRANSLATE_NOOP("Choice", "Event") },
        { QStringLiteral("referral"), QT_TRANSLATE_NOOP("Choice", "Referral") },
        { QStringLiteral("campaign"), QT_TRANSLATE_NOOP("Choice", "Campaign") },
        { QStringLiteral("cold_call"), QT_TRANSLATE_NOOP("Choice", "Cold call") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("Choice", "Other") },
        { QStringLiteral("new"), QT_TRANSLATE_NOOP("Choice", "New") },
        { QStringLiteral("contacted"), QT_TRANSLATE_NOOP("Choice", "Contacted") },
        { QStringLiteral("qualified"), QT_TRANSLATE_NOOP("Choice", "Qualified") },
        { QStringLiteral("lost"), QT_TRANSLATE_NOOP("Choice", "Lost") },
        { QStringLiteral("converted"), QT_TRANSLATE_NOOP("Choice", "Converted") },
        { QStringLiteral("open"), QT_TRANSLATE_NOOP("Choice", "Open") },
        { QStringLiteral("won"), QT_TRANSLATE_NOOP("Choice", "Won") },
        { QStringLiteral("meeting"), QT_TRANSLATE_NOOP("Choice", "Meeting") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("Choice", "E-mail") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("Choice", "Note") },
        { QStringLiteral("task"), QT_TRANSLATE_NOOP("Choice", "Task") },
        { QStringLiteral("low"), QT_TRANSLATE_NOOP("Choice", "Low") },
        { QStringLiteral("normal"), QT_TRANSLATE_NOOP("Choice", "Normal") },
        { QStringLiteral("high"), QT_TRANSLATE_NOOP("Choice", "High") },
        { QStringLiteral("urgent"), QT_TRANSLATE_NOOP("Choice", "Urgent") },
        { QStringLiteral("team"), QT_TRANSLATE_NOOP("Choice", "Team") },
        { QStringLiteral("private"), QT_TRANSLATE_NOOP("Choice", "Private") },
        { QStringLiteral("salesperson"), QT_TRANSLATE_NOOP("Choice", "Salesperson") },
        { QStringLiteral("manager"), QT_TRANSLATE_NOOP("Choice", "Manager") },
        { QStringLiteral("office_manager"), QT_TRANSLATE_NOOP("Choice", "Office manager") },
        { QStringLiteral("admin"), QT_TRANSLATE_NOOP("Choice", "Administrator") },
        { QStringLiteral("user"), QT_TRANSLATE_NOOP("Choice", "A chosen user") },
        { QStringLiteral("territory_owner"), QT_TRANSLATE_NOOP("Choice", "The territory's owner") },
        { QStringLiteral("round_robin"), QT_TRANSLATE_NOOP("Choice", "Each team member in turn") },
        { QStringLiteral("least_loaded"),
            QT_TRANSLATE_NOOP("Choice", "The team member with the fewest open leads") },
        { QStringLiteral("assigned"), QT_TRANSLATE_NOOP("Choice", "Assigned to you") },
        { QStringLiteral("escalation"), QT_TRANSLATE_NOOP("Choice", "Escalation") },
        { QStringLiteral("ownership"), QT_TRANSLATE_NOOP("Choice", "Your customer") },
        { QStringLiteral("info"), QT_TRANSLATE_NOOP("Choice", "Information") },
        { QStringLiteral("lead"), QT_TRANSLATE_NOOP("Choice", "Leads") },
        { QStringLiteral("deal"), QT_TRANSLATE_NOOP("Choice", "Deals") },
        { QStringLiteral("both"), QT_TRANSLATE_NOOP("Choice", "Leads and deals") },
        { QStringLiteral("region"), QT_TRANSLATE_NOOP("Choice", "Region") },
        { QStringLiteral("industry"), QT_TRANSLATE_NOOP("Choice", "Industry") },
        { QStringLiteral("accounts"), QT_TRANSLATE_NOOP("Choice", "Named accounts") },
        { QStringLiteral("seminar"), QT_TRANSLATE_NOOP("Choice", "Seminar") },
        { QStringLiteral("mailing"), QT_TRANSLATE_NOOP("Choice", "Mailing") },
        { QStringLiteral("web"), QT_TRANSLATE_NOOP("Choice", "Web") },
        { QStringLiteral("ads"), QT_TRANSLATE_NOOP("Choice", "Advertising") },
        { QStringLiteral("planned"), QT_TRANSLATE_NOOP("Choice", "Planned") },
        { QStringLiteral("finished"), QT_TRANSLATE_NOOP("Choice", "Finished") },
        { QStringLiteral("complaint"), QT_TRANSLATE_NOOP("Choice", "Complaint") },
        { QStringLiteral("request"), QT_TRANSLATE_NOOP("Choice", "Service request") },
        { QStringLiteral("question"), QT_TRANSLATE_NOOP("Choice", "Question") },
        { QStringLiteral("delivery"), QT_TRANSLATE_NOOP("Choice", "Delivery") },
        { QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("Choice", "In progress") },
        { QStringLiteral("waiting"), QT_TRANSLATE_NOOP("Choice", "Waiting for customer") },
        { QStringLiteral("resolved"), QT_TRANSLATE_NOOP("Choice", "Resolved") },
        { QStringLiteral("closed"), QT_TRANSLATE_NOOP("Choice", "Closed") },
        { QStringLiteral("visit"), QT_TRANSLATE_NOOP("Choice", "Visit") },
    };
    return t;
}

} // namespace

QString text(const QString& key)
{
    if (const char* source = table().value(key, nullptr))
        return QCoreApplication::translate("Choice", source);
    QString readable = key;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable.at(0).toUpper();
    return readable;
}

} // namespace tandem::ChoiceLabels
