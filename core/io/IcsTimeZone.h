// The time zones an iCalendar file names with TZID: an IANA zone when one fits (the id itself, an
// Outlook Windows name, a path ending in an IANA id), otherwise the file's own VTIMEZONE rules.
#pragma once

#include "io/IcsText.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <optional>

namespace tandem {

// One VTIMEZONE as the file defines it: observances (STANDARD/DAYLIGHT) that start at DTSTART and
// recur yearly (RRULE FREQ=YEARLY with BYMONTH and BYDAY or BYMONTHDAY) or on RDATEs.
struct IcsZoneRules {
    struct Observance {
        QDateTime start; // DTSTART, local wall time in the offset before (kept as Qt::UTC naive)
        int offsetFrom = 0; // seconds east of UTC
        int offsetTo = 0;
        bool yearly = false;
        int month = 0;
        int weekday = 0; // 1 = Monday … 7 = Sunday; 0 with monthDay
        int ordinal = 0; // 1..5, -1..-5: the nth weekday of the month (from the end)
        int monthDay = 0;
        QDateTime until; // UTC; invalid: no end
        QList<QDateTime> rdates; // local wall times, like start
    };
    QString tzid;
    QString location; // X-LIC-LOCATION (Thunderbird): an IANA id
    QList<Observance> observances;

    // The UTC instant of a local wall time. A time in a spring-forward gap is read with the offset
    // before the gap (RFC 5545 §3.3.5).
    QDateTime toUtc(const QDate& date, const QTime& time) const;
};

struct IcsZone {
    QTimeZone zone; // valid when an IANA (or fixed-offset) zone fits
    const IcsZoneRules* rules = nullptr; // otherwise the file's rules
    QString ianaId; // what the event's time_zone becomes; empty when none is known

    QDateTime toUtc(const QDate& date, const QTime& time) const;
};

class IcsTimeZones {
public:
    // Reads a VTIMEZONE component; an Error names its line and property.
    Result<void> add(const IcsText::Component& vtimezone);
    // The zone a TZID names, or an Error (message only) when neither an IANA zone nor a VTIMEZONE
    // of the file fits.
    Result<IcsZone> resolve(const QString& tzid) const;

    // An IANA zone for a TZID without looking at the file's VTIMEZONEs: the id itself, a Windows
    // name, or a path ending in an IANA id ("/mozilla.org/20050126_1/Europe/Vilnius").
    static QTimeZone ianaZone(const QString& tzid);

private:
    QHash<QString, IcsZoneRules> m_rules;
};

} // namespace tandem
