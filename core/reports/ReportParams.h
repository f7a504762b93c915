// What a report is asked for: the period, the comparison, the filters and any report options.
#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tandem {

enum class Comparison { None, PreviousPeriod, PreviousYear };

struct ReportParams {
    QDate from; // first day, inclusive
    QDate to; // last day, inclusive
    Comparison compare = Comparison::None;
    QString ownerId; // a user: records they own
    QString teamId; // records owned by members of the team
    QString territoryId; // companies (and leads) of the territory
    QString pipelineId; // deals of the pipeline
    QString currency; // money figures count records in this currency only; empty: the team's
    QDate today; // "now" for reports that look at the present (dormant, stalled); set by callers
    QMap<QString, QString> options; // report-specific: `days`, `a`, `b`, `by` …

    // The period as stored instants: [from 00:00 UTC, day after `to` 00:00 UTC) in ISO form,
    // comparable with created_at / won_at / starts_at text.
    QString fromStored() const;
    QString toStoredExclusive() const;
    // The same length of time just before, or the same dates one year earlier.
    ReportParams shifted(Comparison comparison) const;
    int option(const QString& key, int fallback) const;
};

// Parses the CLI/GUI spelling of a comparison: "previous", "year", "none".
bool parseComparison(const QString& text, Comparison* out);

} // namespace tandem
