#include "team/UserCardView.h"

#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Headings.h"
#include "services/Experts.h"
#include "store/Session.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

namespace {

QString linked(const QString& scheme, const QString& target, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(scheme, target, text.toHtmlEscaped());
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

UserCardView::UserCardView(const UiContext& context, QWidget* parent)
    : RecordPage(parent)
    , m_ctx(context)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_skills(new QLabel(this))
    , m_territories(new QLabel(this))
    , m_edit(new QPushButton(tr("Edit details"), this))
{
    setObjectName(QStringLiteral("userCard"));
    QVBoxLayout* layout = cardLayout(this, m_title, m_edit);
    for (QLabel* l : { m_facts, m_skills, m_territories })
        makeFactsLabel(l);
    m_facts->setObjectName(QStringLiteral("userFacts"));
    m_skills->setObjectName(QStringLiteral("userSkills"));
    m_territories->setObjectName(QStringLiteral("userTerritories"));
    layout->addWidget(m_facts);
    layout->addWidget(sectionTitle(tr("Ask them about"), this));
    layout->addWidget(m_skills);
    layout->addWidget(sectionTitle(tr("Territories they own"), this));
    layout->addWidget(m_territories);
    layout->addStretch(1);

    connect(m_edit, &QPushButton::clicked, this, &UserCardView::editRequested);
    auto follow = [this](const QString& link) {
        const qsizetype cut = link.indexOf(QLatin1Char(':'));
        const QString scheme = link.left(cut);
        if (scheme == QLatin1String("mailto") || scheme == QLatin1String("tel"))
            QDesktopServices::openUrl(QUrl(link)); // the mail program, a softphone
        else
            m_ctx.events.requestOpen(scheme, link.mid(cut + 1));
    };
    for (QLabel* l : { m_facts, m_territories })
        connect(l, &QLabel::linkActivated, this, follow);
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (!m_id.isEmpty() && isVisible()
            && (entity == QLatin1String("user") || entity == QLatin1String("team")
                || entity == QLatin1String("territory")))
            refresh();
    });
}

void UserCardView::showRecord(const QString& id)
{
    m_id = id;
    refresh();
}

void UserCardView::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    refresh();
}

void UserCardView::refresh()
{
    RecordStore& rs = m_ctx.session.records();
    const auto user = m_id.isEmpty() ? std::nullopt : rs.get(QStringLiteral("user"), m_id);
    setEnabled(user.has_value());
    if (!user) {
        for (QLabel* l : { m_title, m_facts, m_skills, m_territories })
            l->clear();
        return;
    }
    const QVariant active = user->value(QStringLiteral("active"));
    const bool left = !isEmptyValue(active) && !active.toBool();
    m_title->setText(left ? tr("%1 (no longer active)").arg(user->text(QStringLiteral("name")))
                          : user->text(QStringLiteral("name")));

    QStringList facts;
    if (const QString role = user->text(QStringLiteral("role")); !role.isEmpty())
        facts << ChoiceLabels::text(role).toHtmlEscaped();
    if (const QString team = user->text(QStringLiteral("team_id")); !team.isEmpty())
        facts << tr("Team: %1")
                     .arg(linked(
                         QStringLiteral("team"), team, rs.labelOf(QStringLiteral("team"), team)));
    if (const QString manager = user->text(QStringLiteral("manager_id")); !manager.isEmpty())
        facts << tr("Manager: %1")
                     .arg(linked(QStringLiteral("user"), manager,
                         rs.labelOf(QStringLiteral("user"), manager)));
    QStringList reach;
    if (const QString phone = user->text(QStringLiteral("phone")); !phone.isEmpty())
        reach << linked(QStringLiteral("tel"), phone, phone);
    if (const QString email = user->text(QStringLiteral("email")); !email.isEmpty())
        reach << linked(QStringLiteral("mailto"), email, email);
    QString html = facts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    if (!reach.isEmpty())
        html += QStringLiteral("<br>") + reach.join(QStringLiteral(" &nbsp;·&nbsp; "));
    m_facts->setText(html);

    // Skills as chips: one rounded, tinted cell each.
    const QStringList skills = Experts::skillsOf(user->text(QStringLiteral("skills")));
    if (skills.isEmpty()) {
        m_skills->setText(tr("No skills listed yet: add them under Edit details so colleagues find "
                             "them from the search box."));
    } else {
        QString chips = QStringLiteral("<table cellspacing=\"4\"><tr>");
        for (const QString& s : skills)
            chips += QStringLiteral("<td style=\"background-color:#e3edf7; color:#1d4e7e; "
                                    "padding:3px 8px;\">%1</td>")
                         .arg(s.toHtmlEscaped());
        m_skills->setText(chips + QStringLiteral("</tr></table>"));
    }

    ListQuery owned;
    owned.where << qMakePair(QStringLiteral("owner_id"), QVariant(m_id));
    auto territories = rs.list(QStringLiteral("territory"), owned);
    QStringList links;
    if (territories) {
        for (const Record& t : *territories)
            links << linked(QStringLiteral("territory"), t.id, t.text(QStringLiteral("name")));
    }
    m_territories->setText(links.isEmpty() ? tr("None") : links.join(QStringLiteral(", ")));
}

} // namespace tandem
