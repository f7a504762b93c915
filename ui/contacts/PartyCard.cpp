#include "contacts/PartyCard.h"

#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/SearchHitDelegate.h"
#include "contacts/CardParts.h"
#include "contacts/QuickLog.h"
#include "contacts/TimelineModel.h"
#include "domain/EntitySchema.h"
#include "store/Session.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

PartyCard::PartyCard(const UiContext& context, const QString& entity, int avatarSize,
    QStringList related, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_entity(entity)
    , m_avatarSize(avatarSize)
    , m_related(std::move(related))
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_chips(new QLabel(this))
    , m_details(CardParts::linkLabel(context.events, this))
    , m_quickLog(new QuickLog(context, this))
    , m_timeline(new TimelineModel(context.session, this))
    , m_timelineView(new QListView(this))
{
    m_avatar->setFixedSize(avatarSize, avatarSize);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chips->setTextFormat(Qt::RichText);
    m_chips->setWordWrap(true);

    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new SearchHitDelegate(m_timelineView));
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setAlternatingRowColors(true);
    connect(m_timelineView, &QListView::activated, this, [this](const QModelIndex& index) {
        const TimelineItem& item = m_timeline->item(index.row());
        if (item.recordId != m_id)
            m_ctx.events.requestOpen(item.entity, item.recordId);
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, &PartyCard::onRecordsChanged);
}

QVBoxLayout* PartyCard::buildLayout(const QList<QWidget*>& headerRows, QWidget* aboveDetails)
{
    const bool contact = m_entity == QLatin1String("contact");
    auto* logCall = new QPushButton(Icons::get(QStringLiteral("phone")), tr("Log &call"), this);
    logCall->setObjectName(QStringLiteral("logCall"));
    logCall->setToolTip(contact ? tr("Log a call with this contact (Ctrl+L)")
                                : tr("Log a call with this company (Ctrl+L)"));
    auto* addNote = new QPushButton(Icons::get(QStringLiteral("note")), tr("Add &note"), this);
    addNote->setObjectName(QStringLiteral("addNote"));
    addNote->setToolTip(contact ? tr("Write a note on this contact (Ctrl+Shift+L)")
                                : tr("Write a note on this company (Ctrl+Shift+L)"));
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
    connect(logCall, &QPushButton::clicked, this, [this] { startLog(QStringLiteral("call")); });
    connect(callShortcut, &QAction::triggered, this, [this] { startLog(QStringLiteral("call")); });
    connect(addNote, &QPushButton::clicked, this, [this] { startLog(QStringLiteral("note")); });
    connect(noteShortcut, &QAction::triggered, this, [this] { startLog(QStringLiteral("note")); });
    connect(edit, &QPushButton::clicked, this, &PartyCard::editRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 10, 4, 4);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(3);
    headerText->addWidget(m_name);
    for (QWidget* w : headerRows)
        headerText->addWidget(w);
    headerText->addWidget(m_chips);
    header->addLayout(headerText, 1);
    layout->addLayout(header);
    if (aboveDetails)
        layout->addWidget(aboveDetails);
    layout->addWidget(m_details);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(logCall);
    buttons->addWidget(addNote);
    buttons->addStretch(1);
    buttons->addWidget(edit);
    layout->addLayout(buttons);
    layout->addWidget(m_quickLog);
    return layout;
}

void PartyCard::startLog(const QString& kind)
{
    m_quickLog->start(kind);
}

void PartyCard::showRecord(const QString& id)
{
    m_id = id;
    refresh();
}

void PartyCard::onRecordsChanged(const QString& entity, const QString&)
{
    if (!m_id.isEmpty() && (entity.isEmpty() || m_related.contains(entity)))
        refresh();
}

void PartyCard::showCommon(const Record* record, const QByteArray& photo, const QString& companyId)
{
    if (!record) {
        m_name->clear();
        m_chips->clear();
        m_details->clear();
        m_avatar->clear();
        m_quickLog->setSubject({}, {});
        m_timeline->load({}, {});
        return;
    }
    const QString name = m_ctx.session.records().label(*record);
    m_name->setText(name);
    m_avatar->setPixmap(CardParts::avatar(name, photo, m_avatarSize));
    m_quickLog->setSubject(m_entity, m_id, companyId);
    m_timeline->load(m_entity, m_id);
}

QString PartyCard::row(const QString& label, const QString& html)
{
    // The theme's colour for secondary text, so labels stay readable on a dark desktop.
    const QString grey = QApplication::palette().color(QPalette::PlaceholderText).name();
    return QStringLiteral("<tr><td style=\"color:%1; padding-right:12px;\">%2</td>"
                          "<td>%3</td></tr>")
        .arg(grey, label.toHtmlEscaped(), html);
}

QString PartyCard::table(const QString& rows)
{
    return QStringLiteral("<table cellspacing=\"3\">%1</table>").arg(rows);
}

QString PartyCard::address(const Record& record)
{
    QStringList parts;
    for (const char* f : { "street", "postcode", "city", "region", "country" }) {
        if (!record.text(QString::fromLatin1(f)).isEmpty())
            parts << record.text(QString::fromLatin1(f));
    }
    return parts.join(QStringLiteral(", "));
}

QString PartyCard::fieldLabel(const char* field) const
{
    return EntitySchema::find(m_entity)->field(QString::fromLatin1(field))->translatedLabel();
}

} // namespace tandem
