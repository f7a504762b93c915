#include "campaigns/CompetitorsPart.h"

#include "campaigns/CompetitorCardView.h"
#include "common/DataEvents.h"
#include "records/RecordForm.h"
#include "records/RecordListView.h"
#include "services/Competitors.h"

#include <QLabel>
#include <QLocale>

namespace tandem {

namespace {

// How many competitors the line above the list names.
constexpr int kRanked = 5;

} // namespace

CompetitorsPart::CompetitorsPart(const UiContext& context, QObject* parent)
    : RecordsModule(context, QStringLiteral("competitor"), QStringLiteral("competitor"), {},
        Qt::AscendingOrder, parent)
    , m_context(context)
{
    setCard([context](RecordForm* form) { return new CompetitorCardView(context, form); },
        QStringLiteral("competitor"), tr("Competitor"));
}

QWidget* CompetitorsPart::createWidget(QWidget* parent)
{
    const bool first = !view();
    QWidget* widget = RecordsModule::createWidget(parent);
    if (!first)
        return widget;

    m_ranking = new QLabel(widget);
    m_ranking->setObjectName(QStringLiteral("competitorRanking"));
    m_ranking->setWordWrap(true);
    m_ranking->setTextFormat(Qt::RichText);
    m_ranking->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_ranking->setContentsMargins(4, 2, 4, 2);
    view()->addToolRow(m_ranking);
    connect(m_ranking, &QLabel::linkActivated, this,
        [this](const QString& id) { view()->openRecord(id); });
    connect(&m_context.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("deal") || entity == QLatin1String("competitor"))
            refreshRanking();
    });
    refreshRanking();
    return widget;
}

CompetitorCardView* CompetitorsPart::card() const
{
    return static_cast<CompetitorCardView*>(RecordsModule::card());
}

void CompetitorsPart::refreshRanking()
{
    if (!m_ranking)
        return;
    const auto losses = Competitors::losses(m_context.session);
    QStringList ranked;
    if (losses) {
        for (const CompetitorLosses& c : *losses) {
            if (c.lostDeals == 0 || ranked.size() == kRanked)
                break;
            ranked << QStringLiteral("<a href=\"%1\">%2</a> (%3)")
                          .arg(c.competitorId, c.name.toHtmlEscaped(),
                              QLocale().toString(c.lostDeals));
        }
    }
    m_ranking->setVisible(!ranked.isEmpty());
    m_ranking->setText(ranked.isEmpty()
            ? QString()
            : tr("Most deals lost to: %1").arg(ranked.join(QStringLiteral(" · "))));
}

} // namespace tandem
