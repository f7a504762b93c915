#include "contacts/ContactCardView.h"

#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/SearchHitDelegate.h"
#include "contacts/CardParts.h"
#include "contacts/QuickLog.h"
#include "contacts/TimelineModel.h"
#include "domain/EntitySchema.h"
#include "records/FieldDisplay.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kAvatarSize = 64;

QList<Record> linked(
    RecordStore& rs, const QString& entity, const QList<QPair<QString, QVariant>>& where)
{
    ListQuery q;
    q.where = where;
    auto found = rs.list(entity, q);
    return found ? *found : QList<Record> {};
}

} // namespace

ContactCardView::ContactCardView(const UiContext& context, QWidget* parent)
    : PartyCard(context, QStringLiteral("contact"), kAvatarSize,
        { QStringLiteral("contact"), QStringLiteral("activity"), QStringLiteral("task"),
            QStringLiteral("deal"), QStringLiteral("quote"), QStringLiteral("attachment"),
            QStringLiteral("case"), QStringLiteral("contact_point"), QStringLiteral("tagging"),
            QStringLiteral("tag"), QStringLiteral("company") },
        parent)
    , m_role(CardParts::linkLabel(context.events, this))
    , m_timelineHeading(CardParts::heading({}, this))
{
    setObjectName(QStringLiteral("contactCard"));
    QVBoxLayout* layout = buildLayout({ m_role }, nullptr);
    layout->addWidget(m_timelineHeading);
    layout->addWidget(m_timelineView, 1);
}

void ContactCardView::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto contact = m_id.isEmpty() ? std::nullopt : rs.get(QStringLiteral("contact"), m_id);
    if (!contact) {
        m_role->clear();
        showCommon(nullptr, {});
        return;
    }
    QByteArray photo;
    if (const QString photoId = contact->text(QStringLiteral("photo_id")); !photoId.isEmpty()) {
        if (const auto attachment = rs.get(QStringLiteral("attachment"), photoId))
            photo = attachment->value(QStringLiteral("content")).toByteArray();
    }
    const QString companyId = contact->text(QStringLiteral("company_id"));
    showCommon(&*contact, photo, companyId);

    QStringList role;
    if (!contact->text(QStringLiteral("title")).isEmpty())
        role << contact->text(QStringLiteral("title")).toHtmlEscaped();
    if (!companyId.isEmpty())
        role << CardParts::recordLink(
            QStringLiteral("company"), companyId, rs.labelOf(QStringLiteral("company"), companyId));
    if (!contact->text(QStringLiteral("department")).isEmpty())
        role << contact->text(QStringLiteral("department")).toHtmlEscaped();
    m_role->setText(role.join(QStringLiteral(" · ")));
    m_chips->setText(chipsHtml(*contact));
    m_details->setText(detailsHtml(*contact));

    m_timelineHeading->setText(tr("Timeline (%1)").arg(m_timeline->rowCount()));
}

QString ContactCardView::chipsHtml(const Record& contact) const
{
    RecordStore& rs = m_ctx.session.records();
    QStringList chips;
    if (contact.value(QStringLiteral("decision_maker")).toBool())
        chips << CardParts::chip(tr("★ Decision maker"), QStringLiteral("#fff1c2"));
    if (!contact.text(QStringLiteral("status")).isEmpty())
        chips << CardParts::chip(ChoiceLabels::text(contact.text(QStringLiteral("status"))));
    const QString companyId = contact.text(QStringLiteral("company_id"));
    if (const auto company
        = companyId.isEmpty() ? std::nullopt : rs.get(QStringLiteral("company"), companyId)) {
        for (const char* f : { "status", "loyalty_tier", "abc_class" }) {
            const QString v = company->text(QString::fromLatin1(f));
            if (v.isEmpty() || v == QLatin1String("none"))
                continue;
            const QString text = QString::fromLatin1(f) == QLatin1String("abc_class")
                ? tr("Class %1").arg(v)
                : ChoiceLabels::text(v);
            chips << CardParts::chip(text, QStringLiteral("#e3f1ea"));
        }
    }
    for (const Record& tagging : linked(rs, QStringLiteral("tagging"),
             { { QStringLiteral("entity"), QStringLiteral("contact") },
                 { QStringLiteral("record_id"), contact.id } })) {
        const QString tagName
            = rs.labelOf(QStringLiteral("tag"), tagging.text(QStringLiteral("tag_id")));
        if (!tagName.isEmpty())
            chips << CardParts::chip(QStringLiteral("#") + tagName, QStringLiteral("#ece7f6"));
    }
    return chips.join(QStringLiteral("&nbsp; "));
}

QString ContactCardView::detailsHtml(const Record& c) const
{
    RecordStore& rs = m_ctx.session.records();
    QString rows;
    if (!c.text(QStringLiteral("phone")).isEmpty())
        rows += row(fieldLabel("phone"), CardParts::telLink(c.text(QStringLiteral("phone"))));
    if (!c.text(QStringLiteral("mobile")).isEmpty())
        rows += row(fieldLabel("mobile"), CardParts::telLink(c.text(QStringLiteral("mobile"))));
    if (!c.text(QStringLiteral("email")).isEmpty())
        rows += row(fieldLabel("email"), CardParts::mailLink(c.text(QStringLiteral("email"))));
    for (const Record& p :
        linked(rs, QStringLiteral("contact_point"), { { QStringLiteral("contact_id"), c.id } })) {
        const QString kind = p.text(QStringLiteral("kind"));
        const QString label = p.text(QStringLiteral("label")).isEmpty()
            ? ChoiceLabels::text(kind)
            : tr("%1 (%2)").arg(ChoiceLabels::text(kind), p.text(QStringLiteral("label")));
        const QString value = p.text(QStringLiteral("value"));
        if (kind == QLatin1String("phone"))
            rows += row(label, CardParts::telLink(value));
        else if (kind == QLatin1String("email"))
            rows += row(label, CardParts::mailLink(value));
        else if (kind == QLatin1String("web"))
            rows += row(label, CardParts::webLink(value));
        else {
            QStringList parts;
            for (const char* f : { "street", "postcode", "city", "region", "country" }) {
                if (!p.text(QString::fromLatin1(f)).isEmpty())
                    parts << p.text(QString::fromLatin1(f));
            }
            rows += row(label,
                (value.isEmpty() ? parts.join(QStringLiteral(", ")) : value).toHtmlEscaped());
        }
    }
    if (const QString where = address(c); !where.isEmpty())
        rows += row(tr("Address"), where.toHtmlEscaped());
    if (const QString boss = c.text(QStringLiteral("reports_to_id")); !boss.isEmpty())
        rows += row(fieldLabel("reports_to_id"),
            CardParts::recordLink(
                QStringLiteral("contact"), boss, rs.labelOf(QStringLiteral("contact"), boss)));
    if (const QString next = c.text(QStringLiteral("next_contact_date")); !next.isEmpty()) {
        const QDate date = QDate::fromString(next, Qt::ISODate);
        const QDate today = m_ctx.session.clock().nowUtc().toLocalTime().date();
        QString text = date.toString(FieldDisplay::dateFormat()).toHtmlEscaped();
        if (date < today)
            text = QStringLiteral("<span style=\"color:#c62828;\">%1 — %2</span>")
                       .arg(text, tr("overdue").toHtmlEscaped());
        rows += row(fieldLabel("next_contact_date"), text);
    }
    QStringList consent;
    for (const char* f : { "consent_email", "consent_phone", "consent_post" }) {
        const bool yes = c.value(QString::fromLatin1(f)).toBool();
        consent << QStringLiteral("%1 %2").arg(
            yes ? QStringLiteral("✓") : QStringLiteral("✗"), fieldLabel(f).toHtmlEscaped());
    }
    rows += row(tr("Consent"), consent.join(QStringLiteral("&nbsp;&nbsp; ")));
    if (const QString owner = c.text(QStringLiteral("owner_id")); !owner.isEmpty())
        rows += row(
            fieldLabel("owner_id"), rs.labelOf(QStringLiteral("user"), owner).toHtmlEscaped());
    return table(rows);
}

} // namespace tandem
