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

QList<Record> linked(RecordStore& rs, const QString& entity,
    const QList<QPair<QString, QVariant>>& where)
{
    ListQuery q;
    q.where = where;
    auto found = rs.list(entity, q);
    return found ? *found : QList<Record> {};
}

QString row(const QString& label, const QString& html)
{
    return QStringLiteral("<tr><td style=\"color:#6b7280; padding-right:12px;\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), html);
}

QString fieldLabel(const char* entity, const char* field)
{
    return EntitySchema::find(QString::fromLatin1(entity))
        ->field(QString::fromLatin1(field))
        ->translatedLabel();
}

} // namespace

ContactCardView::ContactCardView(const UiContext& context, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_role(CardParts::linkLabel(context.events, this))
    , m_chips(new QLabel(this))
    , m_details(CardParts::linkLabel(context.events, this))
    , m_quickLog(new QuickLog(context, this))
    , m_timeline(new TimelineModel(context.session, this))
    , m_timelineView(new QListView(this))
    , m_timelineHeading(CardParts::heading({}, this))
{
    setObjectName(QStringLiteral("contactCard"));
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chips->setTextFormat(Qt::RichText);
    m_chips->setWordWrap(true);

    auto* logCall = new QPushButton(Icons::get(QStringLiteral("phone")), tr("Log &call"), this);
    logCall->setObjectName(QStringLiteral("logCall"));
    logCall->setToolTip(tr("Log a call with this contact (Ctrl+L)"));
    auto* addNote = new QPushButton(Icons::get(QStringLiteral("note")), tr("Add &note"), this);
    addNote->setObjectName(QStringLiteral("addNote"));
    addNote->setToolTip(tr("Write a note on this contact (Ctrl+Shift+L)"));
    auto* edit = new QPushButton(tr("&Edit details"), this);
    edit->setObjectName(QStringLiteral("editDetails"));
    auto* callShortcut = new QAction(this);
    callShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    callShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* noteShortcut = new QAction(this);
    noteShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    noteShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(callShortcut);
    addAction(noteShortcut);

    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new SearchHitDelegate(m_timelineView));
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setAlternatingRowColors(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 10, 4, 4);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(3);
    headerText->addWidget(m_name);
    headerText->addWidget(m_role);
    headerText->addWidget(m_chips);
    header->addLayout(headerText, 1);
    layout->addLayout(header);
    layout->addWidget(m_details);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(logCall);
    buttons->addWidget(addNote);
    buttons->addStretch(1);
    buttons->addWidget(edit);
    layout->addLayout(buttons);
    layout->addWidget(m_quickLog);
    layout->addWidget(m_timelineHeading);
    layout->addWidget(m_timelineView, 1);

    connect(logCall, &QPushButton::clicked, this, [this] { m_quickLog->start(QStringLiteral("call")); });
    connect(callShortcut, &QAction::triggered, this, [this] { m_quickLog->start(QStringLiteral("call")); });
    connect(addNote, &QPushButton::clicked, this, [this] { m_quickLog->start(QStringLiteral("note")); });
    connect(noteShortcut, &QAction::triggered, this, [this] { m_quickLog->start(QStringLiteral("note")); });
    connect(edit, &QPushButton::clicked, this, &ContactCardView::editRequested);
    connect(m_timelineView, &QListView::activated, this, [this](const QModelIndex& index) {
        const TimelineItem& item = m_timeline->item(index.row());
        if (item.recordId != m_id)
            m_ctx.events.requestOpen(item.entity, item.recordId);
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, &ContactCardView::onRecordsChanged);
}

void ContactCardView::showRecord(const QString& id)
{
    m_id = id;
    refresh();
}

void ContactCardView::onRecordsChanged(const QString& entity, const QString&)
{
    static const QStringList related { QStringLiteral("contact"), QStringLiteral("activity"),
        QStringLiteral("task"), QStringLiteral("deal"), QStringLiteral("quote"),
        QStringLiteral("attachment"), QStringLiteral("case"), QStringLiteral("contact_point"),
        QStringLiteral("tagging"), QStringLiteral("tag"), QStringLiteral("company") };
    if (!m_id.isEmpty() && (entity.isEmpty() || related.contains(entity)))
        refresh();
}

void ContactCardView::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto contact = m_id.isEmpty() ? std::nullopt : rs.get(QStringLiteral("contact"), m_id);
    if (!contact) {
        m_name->clear();
        m_role->clear();
        m_chips->clear();
        m_details->clear();
        m_avatar->clear();
        m_quickLog->setSubject({}, {});
        m_timeline->load({}, {});
        return;
    }
    const QString name = rs.label(*contact);
    m_name->setText(name);
    QByteArray photo;
    if (const QString photoId = contact->text(QStringLiteral("photo_id")); !photoId.isEmpty()) {
        if (const auto attachment = rs.get(QStringLiteral("attachment"), photoId))
            photo = attachment->value(QStringLiteral("content")).toByteArray();
    }
    m_avatar->setPixmap(CardParts::avatar(name, photo, kAvatarSize));

    QStringList role;
    if (!contact->text(QStringLiteral("title")).isEmpty())
        role << contact->text(QStringLiteral("title")).toHtmlEscaped();
    const QString companyId = contact->text(QStringLiteral("company_id"));
    if (!companyId.isEmpty())
        role << CardParts::recordLink(
            QStringLiteral("company"), companyId, rs.labelOf(QStringLiteral("company"), companyId));
    if (!contact->text(QStringLiteral("department")).isEmpty())
        role << contact->text(QStringLiteral("department")).toHtmlEscaped();
    m_role->setText(role.join(QStringLiteral(" · ")));
    m_chips->setText(chipsHtml(*contact));
    m_details->setText(detailsHtml(*contact));

    m_quickLog->setSubject(QStringLiteral("contact"), m_id, companyId);
    m_timeline->load(QStringLiteral("contact"), m_id);
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
    if (const auto company = companyId.isEmpty() ? std::nullopt : rs.get(QStringLiteral("company"), companyId)) {
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
        rows += row(fieldLabel("contact", "phone"), CardParts::telLink(c.text(QStringLiteral("phone"))));
    if (!c.text(QStringLiteral("mobile")).isEmpty())
        rows += row(fieldLabel("contact", "mobile"), CardParts::telLink(c.text(QStringLiteral("mobile"))));
    if (!c.text(QStringLiteral("email")).isEmpty())
        rows += row(fieldLabel("contact", "email"), CardParts::mailLink(c.text(QStringLiteral("email"))));
    for (const Record& p : linked(rs, QStringLiteral("contact_point"),
             { { QStringLiteral("contact_id"), c.id } })) {
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
            rows += row(label, (value.isEmpty() ? parts.join(QStringLiteral(", ")) : value).toHtmlEscaped());
        }
    }
    QStringList address;
    for (const char* f : { "street", "postcode", "city", "region", "country" }) {
        if (!c.text(QString::fromLatin1(f)).isEmpty())
            address << c.text(QString::fromLatin1(f));
    }
    if (!address.isEmpty())
        rows += row(tr("Address"), address.join(QStringLiteral(", ")).toHtmlEscaped());
    if (const QString boss = c.text(QStringLiteral("reports_to_id")); !boss.isEmpty())
        rows += row(fieldLabel("contact", "reports_to_id"),
            CardParts::recordLink(QStringLiteral("contact"), boss, rs.labelOf(QStringLiteral("contact"), boss)));
    if (const QString next = c.text(QStringLiteral("next_contact_date")); !next.isEmpty()) {
        const QDate date = QDate::fromString(next, Qt::ISODate);
        const QDate today = m_ctx.session.clock().nowUtc().toLocalTime().date();
        QString text = date.toString(FieldDisplay::dateFormat()).toHtmlEscaped();
        if (date < today)
            text = QStringLiteral("<span style=\"color:#c62828;\">%1 — %2</span>")
                       .arg(text, tr("overdue").toHtmlEscaped());
        rows += row(fieldLabel("contact", "next_contact_date"), text);
    }
    QStringList consent;
    for (const char* f : { "consent_email", "consent_phone", "consent_post" }) {
        const bool yes = c.value(QString::fromLatin1(f)).toBool();
        consent << QStringLiteral("%1 %2").arg(yes ? QStringLiteral("✓") : QStringLiteral("✗"),
            fieldLabel("contact", f).toHtmlEscaped());
    }
    rows += row(tr("Consent"), consent.join(QStringLiteral("&nbsp;&nbsp; ")));
    if (const QString owner = c.text(QStringLiteral("owner_id")); !owner.isEmpty())
        rows += row(fieldLabel("contact", "owner_id"), rs.labelOf(QStringLiteral("user"), owner).toHtmlEscaped());
    return QStringLiteral("<table cellspacing=\"3\">%1</table>").arg(rows);
}

} // namespace tandem
