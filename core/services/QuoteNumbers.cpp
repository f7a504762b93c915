// Quote numbers: the next free one of the year, in this computer's series when it has one, so
// laptops quoting offline between two syncs never give two offers the same number.
#include "services/Quotes.h"

#include "store/QuoteQueries.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem {

namespace {

const QString kSeriesKey = QStringLiteral("quote_series:");
const QString kField = QStringLiteral("quote_series");

// tr() in the context the translation files hold this file's strings under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Quotes)
};

} // namespace

QString Quotes::series(Session& session)
{
    return session.setting(kSeriesKey + session.siteId()).trimmed().toUpper();
}

Result<QString> Quotes::nextNumber(Session& session, const QString& series)
{
    const QString code = series.trimmed().toUpper();
    const QString prefix = QStringLiteral("Q-%1-").arg(session.clock().nowUtc().date().year())
        + (code.isEmpty() ? QString() : code + QLatin1Char('-'));
    auto highest = QuoteQueries::highestNumber(session.database(), prefix);
    if (!highest)
        return highest.error();
    return prefix + QStringLiteral("%1").arg(*highest + 1, 4, 10, QLatin1Char('0'));
}

Result<void> Quotes::setSeries(Session& session, const QString& series)
{
    const QString wanted = series.trimmed().toUpper();
    static const QRegularExpression rule(QStringLiteral("^[A-Z0-9]{1,4}$"));
    if (!wanted.isEmpty() && !rule.match(wanted).hasMatch())
        return Error { Text::tr("A quote number series is 1 to 4 letters A–Z or digits, such as "
                                "VN or K2; “%1” is not.")
                           .arg(series.trimmed()),
            {}, 0, kField };
    if (!wanted.isEmpty()) {
        auto settings = session.records().list(QStringLiteral("setting"), ListQuery {});
        if (!settings)
            return settings.error();
        for (const Record& s : *settings) {
            const QString key = s.text(QStringLiteral("key"));
            if (key.startsWith(kSeriesKey) && key != kSeriesKey + session.siteId()
                && s.text(QStringLiteral("value")).trimmed().toUpper() == wanted)
                return Error { Text::tr("Another computer of the team numbers its quotes with "
                                        "series %1 already; choose another.")
                                   .arg(wanted),
                    {}, 0, kField };
        }
    }
    return session.setSetting(kSeriesKey + session.siteId(), wanted);
}

} // namespace tandem
