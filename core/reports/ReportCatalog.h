// The reports Tandem knows, by name: what each is called, which filters and options it takes, and
// how it is run. The GUI lists them, `tandem-cli report --list` prints them, and run() fills in
// what every report shares (currency, today, comparison with an earlier period, context lines).
#pragma once

#include "reports/ReportParams.h"
#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace tandem {

class Session;

enum ReportFilter {
    FilterOwner = 1,
    FilterTeam = 2,
    FilterTerritory = 4,
    FilterPipeline = 8,
    FilterCurrency = 16,
};

struct ReportChoice {
    QString key; // untranslated, as given on the command line
    const char* label; // QT_TRANSLATE_NOOP("Reports", …)
};

struct ReportOption {
    QString key; // --option KEY=VALUE on the command line
    const char* label; // QT_TRANSLATE_NOOP("Reports", …)
    QString defaultValue;
    QList<ReportChoice> choices; // empty: a whole number between min and max
    int min = 0;
    int max = 100000;
};

struct ReportDefinition {
    QString name; // funnel, win-loss, … (the CLI name; stable)
    const char* title; // QT_TRANSLATE_NOOP("Reports", …)
    const char* description; // one sentence, QT_TRANSLATE_NOOP("Reports", …)
    int filters = FilterOwner | FilterTeam | FilterTerritory;
    bool usesPeriod = true; // false: the report looks at today (dormant customers)
    QList<ReportOption> options;
    std::function<Result<ReportTable>(Session&, const ReportParams&)> run;
};

namespace Reports {

const QList<ReportDefinition>& all();
const ReportDefinition* find(const QString& name);
// "no report 'x' (there are: …)"
Error unknownReport(const QString& name);
QString title(const ReportDefinition& report);
QString description(const ReportDefinition& report);
QString optionLabel(const ReportOption& option);
QString choiceLabel(const ReportChoice& choice);

// Checks the options against the report's (unknown keys, numbers out of range, unknown choices)
// and fills in defaults. The error names the option.
Result<ReportParams> withDefaults(const ReportDefinition& report, ReportParams params);

// Runs the report: defaults filled in, the comparison period run too and merged (each comparable
// column gets its earlier figure and the change in %), and the context lines written.
Result<ReportTable> run(Session& session, const QString& name, ReportParams params);

// The table with each comparable column followed by the earlier period's figure and the change
// in % (null when the earlier figure is 0 or missing); rows matched by key, rows only the earlier
// period had added before the totals; the chart keeps pointing at the same figures.
ReportTable compareTables(const ReportTable& now, const ReportTable& before);

// A period preset for the GUI and the CLI default: "this-month", "last-month", "this-quarter",
// "last-quarter", "this-year", "last-year", "year-to-date", "last-12-months".
bool presetPeriod(const QString& preset, const QDate& today, QDate* from, QDate* to);

} // namespace Reports

// The reports themselves, one file each (core/reports/*Report.cpp).
ReportDefinition funnelReport();
ReportDefinition winLossReport();
ReportDefinition forecastReport();
ReportDefinition revenueReport();
ReportDefinition abcCustomersReport();
ReportDefinition abcProductsReport();
ReportDefinition dormantReport();
ReportDefinition teamActivityReport();
ReportDefinition salesCycleReport();
ReportDefinition leadSourcesReport();
ReportDefinition campaignsReport();
ReportDefinition casesReport();
ReportDefinition targetsReport();

} // namespace tandem
