#include "store/Session.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace tandem {

Session::Session(const Clock& clock, quint64 seed)
    : m_clock(clock)
    , m_hlc(clock)
    , m_ids(clock, seed)
{
}

Result<std::unique_ptr<Session>> Session::open(
    const QString& path, const Clock& clock, const SessionOptions& options)
{
    auto db = Database::open(path, options.open);
    if (!db)
        return db.error();
    std::unique_ptr<Session> s(new Session(clock, options.idSeed));
    s->m_db = std::move(db).value();
    s->m_log = std::make_unique<ChangeLog>(*s->m_db);
    s->m_search = std::make_unique<SearchIndex>(*s->m_db);

    QString site
        = options.siteId.isEmpty() ? s->m_db->meta(QStringLiteral("site_id")) : options.siteId;
    if (site.isEmpty())
        site = IdGenerator(clock, options.idSeed ? options.idSeed ^ 0x5173ULL : 0).next();
    if (s->m_db->meta(QStringLiteral("site_id")) != site && !options.open.readOnly) {
        if (auto r = s->m_db->setMeta(QStringLiteral("site_id"), site); !r)
            return r.error();
    }
    s->m_hlc.observe(s->m_log->latestHlc());
    s->m_ctx.clock = &clock;
    s->m_ctx.hlc = &s->m_hlc;
    s->m_ctx.ids = &s->m_ids;
    s->m_ctx.siteId = site;
    s->m_ctx.userId = s->m_db->meta(QStringLiteral("current_user_id"));
    s->m_records = std::make_unique<RecordStore>(*s->m_db, *s->m_log, *s->m_search, s->m_ctx);
    const QString currency = s->setting(QStringLiteral("default_currency"));
    if (!currency.isEmpty())
        s->m_ctx.defaultCurrency = currency;
    return s;
}

Result<void> Session::setCurrentUser(const QString& userId)
{
    if (!userId.isEmpty() && !m_records->get(QStringLiteral("user"), userId))
        return Error {
            QCoreApplication::translate("Session", "there is no user with id %1").arg(userId), {},
            0, QStringLiteral("user")
        };
    if (auto r = m_db->setMeta(QStringLiteral("current_user_id"), userId); !r)
        return r;
    m_ctx.userId = userId;
    return {};
}

QString Session::setting(const QString& key) const
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("key"), QVariant(key));
    q.limit = 1;
    auto rows = m_records->list(QStringLiteral("setting"), q);
    if (!rows || rows->isEmpty())
        return QString();
    return rows->first().text(QStringLiteral("value"));
}

Result<void> Session::setSetting(const QString& key, const QString& value)
{
    ListQuery q;
    q.where << qMakePair(QStringLiteral("key"), QVariant(key));
    q.limit = 1;
    auto rows = m_records->list(QStringLiteral("setting"), q);
    if (!rows)
        return rows.error();
    Result<void> r;
    if (rows->isEmpty()) {
        auto created = m_records->create(QStringLiteral("setting"),
            { { QStringLiteral("key"), key }, { QStringLiteral("value"), value } });
        if (!created)
            r = created.error();
    } else {
        r = m_records->update(
            QStringLiteral("setting"), rows->first().id, { { QStringLiteral("value"), value } });
    }
    if (r && key == QLatin1String("default_currency") && !value.isEmpty())
        m_ctx.defaultCurrency = value;
    return r;
}

bool Session::isInitialised() const
{
    return !setting(QStringLiteral("company_name")).isEmpty();
}

} // namespace tandem
