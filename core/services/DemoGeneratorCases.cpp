// Demo data after the sale: about one customer in six has written in over the last four months —
// complaints, service requests, questions, deliveries — in its own language. Most cases were
// answered and resolved (some late) and scored by the customer; a few are still open, one or two
// of them past a deadline, so the Cases screen, the company cards and the cases report have
// something to show. Drawn from their own generator so the rest of the demo stays as it was.
#include "services/CaseRules.h"
#include "services/DemoGenerator.h"
#include "services/DemoVocabulary.h"
#include "store/Session.h"

#include <array>

namespace tandem::demo {

namespace {

constexpr qint64 kHour = 60 * kMinute;

} // namespace

Result<void> DemoGenerator::createCases()
{
    const quint32 seed[3] = { quint32(m_options.seed), quint32(m_options.seed >> 32), 0x63617365 };
    QRandomGenerator rng(seed, 3);
    auto draw = [&](int n) { return int(rng.bounded(quint32(n))); };
    auto rules = CaseRules::rules(m_session);
    if (!rules)
        return rules.error();
    const WorkCalendar calendar = CaseRules::calendar(m_session);
    // The kind each of the vocabulary's case subjects is, in their order.
    static const char* const kKinds[] = { "complaint", "complaint", "complaint", "request",
        "complaint", "question", "complaint", "request" };
    static const char* const kPriorities[]
        = { "normal", "normal", "normal", "normal", "high", "high", "low", "urgent" };
    static const int kScores[] = { 5, 5, 5, 5, 4, 4, 4, 3, 3, 2 };

    for (const CompanyPlan& c : m_companies) {
        if (c.wonDeals == 0 || c.id.isEmpty() || draw(6) != 0)
            continue;
        const MarketWords& words = m_markets[size_t(c.market)];
        const int count = 1 + (draw(3) == 0 ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            // A third of them came in over the last ten days: the open cases of today.
            const qint64 openedMs
                = workTime(rng, m_nowMs - (draw(3) == 0 ? 10 : 120) * kDay, m_nowMs - kHour);
            const QDateTime opened = QDateTime::fromMSecsSinceEpoch(openedMs, QTimeZone::utc());
            const QString priority = QString::fromLatin1(kPriorities[draw(8)]);
            const CaseDeadlines due = CaseRules::deadlines(*rules, calendar, priority, opened);
            const int subject = draw(int(words.phrases->cases.size()));
            const QString kind = QString::fromLatin1(kKinds[subject % 8]);
            QVariantMap values { { QStringLiteral("subject"), words.phrases->cases.at(subject) },
                { QStringLiteral("kind"), kind }, { QStringLiteral("priority"), priority },
                { QStringLiteral("channel"),
                    QString::fromLatin1(
                        std::array { "call", "email", "email", "visit", "web" }[size_t(draw(5))]) },
                { QStringLiteral("company_id"), c.id },
                { QStringLiteral("owner_id"), m_userIds.at(c.owner) } };
            if (due.respondBy.isValid())
                values.insert(QStringLiteral("respond_by"), due.respondBy);
            if (due.resolveBy.isValid())
                values.insert(QStringLiteral("resolve_by"), due.resolveBy);
            const qint64 ageMs = m_nowMs - openedMs;
            // Older cases are settled; the last fortnight's may still be open.
            const bool open = ageMs < 14 * kDay && draw(3) != 0;
            const qint64 answeredMs = openedMs + (1 + draw(draw(5) == 0 ? 40 : 12)) * kHour;
            if (answeredMs < m_nowMs && (!open || draw(2) == 0))
                values.insert(QStringLiteral("responded_at"), at(answeredMs));
            if (open) {
                values.insert(QStringLiteral("status"),
                    values.contains(QStringLiteral("responded_at"))
                        ? QString::fromLatin1(draw(3) == 0 ? "waiting" : "in_progress")
                        : QStringLiteral("new"));
            } else {
                const qint64 resolvedMs = std::min(
                    m_nowMs - kHour, answeredMs + (2 + draw(draw(4) == 0 ? 300 : 80)) * kHour);
                values.insert(QStringLiteral("status"),
                    QString::fromLatin1(ageMs > 45 * kDay ? "closed" : "resolved"));
                values.insert(QStringLiteral("resolved_at"), at(resolvedMs));
                values.insert(QStringLiteral("responded_at"), at(std::min(answeredMs, resolvedMs)));
                values.insert(QStringLiteral("resolution"),
                    words.phrases->resolutions.at(draw(int(words.phrases->resolutions.size()))));
                if (draw(4) != 0)
                    values.insert(QStringLiteral("satisfaction"), kScores[draw(10)]);
            }
            auto id = create(QStringLiteral("case"), values, openedMs);
            if (!id)
                return id.error();
        }
    }
    return {};
}

} // namespace tandem::demo
