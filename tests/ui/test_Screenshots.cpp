// Not tests: pictures of the window for the README and for reviewing the UI, hidden from ctest.
// Run under a real X server with TANDEM_SCREENSHOT_DB=demo.db
// TANDEM_SCREENSHOT_DIR=docs/screenshots:
//   xvfb-run -a -s "-screen 0 1600x1000x24" tandem_ui_tests "[.screenshots]"
// The database is only read (searched and opened).
#include "UiTestSupport.h"

#include "Translations.h"

#include "calendar/CalendarModel.h"
#include "calendar/CalendarModule.h"
#include "calendar/CalendarView.h"
#include "calendar/DormantDialog.h"
#include "calendar/EventDialog.h"
#include "calendar/FreeSlotDialog.h"
#include "calendar/TimeGridView.h"
#include "campaigns/MarketingModule.h"
#include "common/GlobalSearch.h"
#include "common/Module.h"
#include "contacts/CompanyCardView.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/ImportDialog.h"
#include "firstrun/FirstRunDialog.h"
#include "home/HomeModule.h"
#include "home/HomeView.h"
#include "leads/ConvertLeadDialog.h"
#include "leads/FollowUpDialog.h"
#include "leads/LeadRulesDialog.h"
#include "leads/LeadsModule.h"
#include "mainwindow/MainWindow.h"
#include "pipeline/BoardView.h"
#include "pipeline/PipelineEditor.h"
#include "pipeline/PipelineModule.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RecordListModel.h"
#include "records/RecordsModule.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportParamsBar.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportsModule.h"
#include "services/Campaigns.h"
#include "services/Competitors.h"
#include "services/Tasks.h"
#include "store/Session.h"
#include "team/TeamModule.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

struct Shots {
    Shots()
        : source(qEnvironmentVariable("TANDEM_SCREENSHOT_DB"))
        , out(qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"))
    {
        REQUIRE_FALSE(source.isEmpty());
        REQUIRE(out.exists());
        auto s = Session::open(source, clock);
        REQUIRE(s.ok());
        session = std::move(s).value();
    }
    void save(QWidget& widget, const QString& name)
    {
        QTest::qWait(250);
        REQUIRE(widget.grab().save(out.filePath(name)));
    }
    // Searches, and opens the first hit of `entity` with the arrow keys and Enter.
    void open(MainWindow& window, const QString& text, const QString& entity)
    {
        window.action(QStringLiteral("findAction"))->trigger();
        typeText(window.globalSearch(), text);
        REQUIRE(waitFor([&] { return !window.globalSearch()->hits().isEmpty(); }));
        const QList<SearchHit> hits = window.globalSearch()->hits();
        int row = 0;
        while (row < hits.size() && hits.at(row).entity != entity)
            ++row;
        REQUIRE(row < hits.size());
        for (int i = 0; i < row; ++i)
            QTest::keyClick(window.globalSearch(), Qt::Key_Down);
        QTest::keyClick(window.globalSearch(), Qt::Key_Return);
        window.globalSearch()->clear();
        window.setFocus();
    }
    // The contacts module with the demo's sample contact open on its card.
    void contactScreen(MainWindow& window, const QString& name)
    {
        window.showModule(QStringLiteral("contact"));
        open(window,
            qEnvironmentVariable("TANDEM_SCREENSHOT_SEARCH", QStringLiteral("sarunas kazl")),
            QStringLiteral("contact"));
        save(window, name);
    }
    QString source;
    QDir out;
    SystemClock clock;
    std::unique_ptr<Session> session;
    DataEvents events;
    QUndoStack undo;
};

RecordListView* viewOf(MainWindow& window, const QString& key)
{
    return dynamic_cast<RecordsModule*>(window.module(key))->view();
}

// The first manager who leads a salesperson: a team's lead in the demo.
QString teamLead(Session& session)
{
    auto users = session.records().list(QStringLiteral("user"));
    REQUIRE(users.ok());
    for (const Record& u : *users) {
        if (u.text(QStringLiteral("role")) != QLatin1String("manager"))
            continue;
        const auto members = Tasks::teamMembers(session, u.id);
        REQUIRE(members.ok());
        for (const QString& id : *members) {
            const auto member = session.records().get(QStringLiteral("user"), id);
            if (member && member->text(QStringLiteral("role")) == QLatin1String("salesperson"))
                return u.id;
        }
    }
    FAIL("no manager leads a salesperson");
    return {};
}

// The campaign with the most responses.
QString busiestCampaign(Session& session)
{
    auto campaigns = session.records().list(QStringLiteral("campaign"));
    REQUIRE(campaigns.ok());
    QString best;
    int most = -1;
    for (const Record& c : *campaigns) {
        const auto stats = Campaigns::stats(session, c.id);
        REQUIRE(stats.ok());
        if (stats->responses > most) {
            most = stats->responses;
            best = c.id;
        }
    }
    REQUIRE_FALSE(best.isEmpty());
    return best;
}

// The home screen of a team's lead, with the team's rows.
void showTeamHome(MainWindow& window, Session& session)
{
    window.showModule(QStringLiteral("home"));
    HomeView* home = dynamic_cast<HomeModule*>(window.module(QStringLiteral("home")))->view();
    home->setUserId(teamLead(session));
    home->setTeamView(true);
    QTest::qWait(200);
}

} // namespace

TEST_CASE("Screenshots for the README", "[.screenshots]")
{
    Shots shots;
    {
        MainWindow window(*shots.session);
        window.resize(1440, 880);
        REQUIRE(showActive(window));
        shots.contactScreen(window, QStringLiteral("main-window.png"));

        // A company's card with its org chart.
        window.showModule(QStringLiteral("company"));
        shots.open(window,
            qEnvironmentVariable("TANDEM_SCREENSHOT_COMPANY", QStringLiteral("grabowski stal")),
            QStringLiteral("company"));
        shots.save(window, QStringLiteral("company-card.png"));

        // The pipeline board with the forecast under it.
        window.showModule(QStringLiteral("pipeline"));
        shots.save(window, QStringLiteral("pipeline-board.png"));

        // Home for a team's lead, and the campaign with the most responses.
        showTeamHome(window, *shots.session);
        shots.save(window, QStringLiteral("home.png"));
        window.showModule(QStringLiteral("marketing"));
        REQUIRE(window.module(QStringLiteral("marketing"))
                    ->open(QStringLiteral("campaign"), busiestCampaign(*shots.session)));
        shots.save(window, QStringLiteral("campaign.png"));

        // The calendar: this work week and this month, with a colleague side by side.
        window.showModule(QStringLiteral("calendar"));
        auto* calendar = dynamic_cast<CalendarModule*>(window.module(QStringLiteral("calendar")));
        REQUIRE(calendar);
        CalendarView* view = calendar->view();
        // A team: its manager and the first two salespeople, coloured by owner.
        QStringList team;
        for (const char* role : { "manager", "salesperson", "salesperson" }) {
            ListQuery q;
            q.where << qMakePair(QStringLiteral("role"), QVariant(QString::fromLatin1(role)));
            const auto users = shots.session->records().list(QStringLiteral("user"), q);
            REQUIRE(users.ok());
            for (const Record& user : users.value()) {
                if (!team.contains(user.id)) {
                    team << user.id;
                    break;
                }
            }
        }
        view->setUsers(team);
        view->setColourByOwner(true);
        view->setMode(CalendarView::Mode::WorkWeek);
        view->goToday();
        view->step(+1);
        view->grid()->scrollToTime(QTime(7, 30));
        shots.save(window, QStringLiteral("calendar-week.png"));
        view->setSideBySide(true);
        view->setMode(CalendarView::Mode::Day);
        view->setDate(view->model()->firstDay().addDays(-3));
        view->grid()->scrollToTime(QTime(7, 30));
        shots.save(window, QStringLiteral("calendar-day-team.png"));
        view->setSideBySide(false);
        view->setUsers({ team.value(1) });
        view->setColourByOwner(false);
        view->setMode(CalendarView::Mode::Month);
        shots.save(window, QStringLiteral("calendar-month.png"));
        view->setMode(CalendarView::Mode::WorkWeek);

        // The import preview of an address book (a dry run: the database is not written).
        ImportDialog import({ *shots.session, shots.events, shots.undo }, QStringLiteral("contact"),
            testData(QStringLiteral("csv/google.csv")), ExchangeFormat::Csv);
        REQUIRE(showActive(import));
        shots.save(import, QStringLiteral("import.png"));
    }
    {
        // The duplicates review, on a small database of its own.
        UiFixture f;
        RecordStore& rs = f.records();
        const QString baltic = create(rs, QStringLiteral("company"),
            { { QStringLiteral("name"), QStringLiteral("Baltic Wood UAB") } });
        addContact(rs, QStringLiteral("Rūta"), QStringLiteral("Jankauskaitė"),
            { { QStringLiteral("email"), QStringLiteral("ruta@balticwood.lt") },
                { QStringLiteral("company_id"), baltic },
                { QStringLiteral("title"), QStringLiteral("Purchasing manager") },
                { QStringLiteral("phone"), QStringLiteral("+370 612 34567") } });
        addContact(rs, QStringLiteral("Ruta"), QStringLiteral("Jankauskaite"),
            { { QStringLiteral("email"), QStringLiteral("ruta@balticwood.lt") },
                { QStringLiteral("company_id"), baltic },
                { QStringLiteral("mobile"), QStringLiteral("8 612 34567") },
                { QStringLiteral("city"), QStringLiteral("Kaunas") } });
        addContact(rs, QStringLiteral("Małgorzata"), QStringLiteral("Łukasiewicz"),
            { { QStringLiteral("phone"), QStringLiteral("+48 600 100 200") } });
        addContact(rs, QStringLiteral("Gosia"), QStringLiteral("Łukasiewicz"),
            { { QStringLiteral("mobile"), QStringLiteral("600100200") },
                { QStringLiteral("country"), QStringLiteral("PL") } });
        DuplicatesDialog dialog(f.context(), QStringLiteral("contact"));
        REQUIRE(showActive(dialog));
        shots.save(dialog, QStringLiteral("duplicates.png"));
    }
    TestDatabase fresh;
    FirstRunDialog dialog(fresh.session());
    auto* currency = dialog.findChild<QComboBox*>(QStringLiteral("currency"));
    currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
    REQUIRE(showActive(dialog));
    dialog.adjustSize();
    shots.save(dialog, QStringLiteral("first-run.png"));
}

TEST_CASE("A tour of the window, for reviewing the UI", "[.tour]")
{
    Shots shots;
    MainWindow window(*shots.session);
    window.resize(1440, 880);
    REQUIRE(showActive(window));

    window.action(QStringLiteral("findAction"))->trigger();
    typeText(window.globalSearch(), QStringLiteral("ka"));
    REQUIRE(waitFor([&] { return window.globalSearch()->isPopupVisible(); }));
    QTest::keyClick(window.globalSearch(), Qt::Key_Down);
    shots.save(window, QStringLiteral("tour-search.png"));
    shots.save(*window.globalSearch()->popup(), QStringLiteral("tour-search-popup.png"));
    QTest::keyClick(window.globalSearch(), Qt::Key_Escape);
    window.globalSearch()->clear();

    for (const QString& key : { QStringLiteral("company"), QStringLiteral("lead"),
             QStringLiteral("deal"), QStringLiteral("activity") }) {
        window.showModule(key);
        RecordListView* view = viewOf(window, key);
        REQUIRE(view->openRecord(view->model()->idAt(2)));
        shots.save(window, QStringLiteral("tour-%1.png").arg(key));
    }
    // Home, the team's screens and marketing.
    window.showModule(QStringLiteral("home"));
    shots.save(window, QStringLiteral("tour-home.png"));
    showTeamHome(window, *shots.session);
    shots.save(window, QStringLiteral("tour-home-team.png"));
    for (const QString& entity :
        { QStringLiteral("user"), QStringLiteral("team"), QStringLiteral("territory") }) {
        window.showModule(QStringLiteral("team"));
        RecordListView* list
            = dynamic_cast<TeamModule*>(window.module(QStringLiteral("team")))->view(entity);
        REQUIRE(window.module(QStringLiteral("team"))->open(entity, list->model()->idAt(1)));
        shots.save(window, QStringLiteral("tour-team-%1.png").arg(entity));
    }
    window.showModule(QStringLiteral("marketing"));
    REQUIRE(window.module(QStringLiteral("marketing"))
                ->open(QStringLiteral("campaign"), busiestCampaign(*shots.session)));
    shots.save(window, QStringLiteral("tour-campaign.png"));
    const auto losses = Competitors::losses(*shots.session);
    REQUIRE(losses.ok());
    REQUIRE_FALSE(losses->isEmpty());
    REQUIRE(window.module(QStringLiteral("marketing"))
                ->open(QStringLiteral("competitor"), losses->first().competitorId));
    shots.save(window, QStringLiteral("tour-competitor.png"));

    RecordListView* deals = viewOf(window, QStringLiteral("deal"));
    window.showModule(QStringLiteral("deal"));
    deals->form()->findChild<QTabWidget*>()->setCurrentIndex(1);
    shots.save(window, QStringLiteral("tour-history.png"));

    // The sales screens: a deal's card, the board's forecast, the pipeline editor, the lead rules
    // and the conversion of a lead.
    window.showModule(QStringLiteral("deal"));
    deals->form()->findChild<QTabWidget*>()->setCurrentIndex(0);
    shots.save(window, QStringLiteral("tour-deal-card.png"));
    window.showModule(QStringLiteral("pipeline"));
    auto* pipeline = dynamic_cast<PipelineModule*>(window.module(QStringLiteral("pipeline")));
    pipeline->board()->showForecast(true);
    shots.save(window, QStringLiteral("tour-forecast.png"));
    pipeline->board()->showForecast(false);
    {
        PipelineEditor editor({ *shots.session, *window.events(), *window.undoStack() }, &window);
        REQUIRE(showActive(editor));
        shots.save(editor, QStringLiteral("tour-pipeline-editor.png"));
    }
    window.showModule(QStringLiteral("lead"));
    auto* leads = dynamic_cast<LeadsModule*>(window.module(QStringLiteral("lead")));
    {
        LeadRulesDialog rules({ *shots.session, *window.events(), *window.undoStack() }, &window);
        REQUIRE(showActive(rules));
        shots.save(rules, QStringLiteral("tour-lead-rules.png"));
        rules.tabs()->setCurrentIndex(1);
        shots.save(rules, QStringLiteral("tour-lead-rules-followup.png"));
    }
    RecordListView* leadList = viewOf(window, QStringLiteral("lead"));
    for (int row = 0; row < leadList->model()->rowCount(); ++row) {
        const QString id = leadList->model()->idAt(row);
        const auto lead = shots.session->records().get(QStringLiteral("lead"), id);
        if (lead && lead->text(QStringLiteral("status")) == QLatin1String("qualified")) {
            REQUIRE(leadList->openRecord(id));
            break;
        }
    }
    if (ConvertLeadDialog* convert = leads->convert()) {
        REQUIRE(waitFor([&] { return convert->isVisible(); }));
        shots.save(*convert, QStringLiteral("tour-convert.png"));
        convert->reject();
    }
    if (FollowUpDialog* followUps = leads->showFollowUps()) {
        REQUIRE(waitFor([&] { return followUps->isVisible(); }));
        shots.save(*followUps, QStringLiteral("tour-follow-ups.png"));
        followUps->reject();
    }

    window.showModule(QStringLiteral("contact"));
    RecordListView* contacts = viewOf(window, QStringLiteral("contact"));
    contacts->startNew();
    typeText(
        contacts->form()->editor(QStringLiteral("first_name"))->input(), QStringLiteral("Agnė"));
    typeText(contacts->form()->editor(QStringLiteral("email"))->input(),
        QStringLiteral("agne at example"));
    typeText(contacts->form()->editor(QStringLiteral("birthday"))->input(),
        QStringLiteral("31/02/1990"));
    contacts->form()->save();
    shots.save(window, QStringLiteral("tour-errors.png"));
    contacts->form()->revert();

    // The calendar's screens: my day, an event's form, the reminders, dormant customers and the
    // free-time finder.
    window.showModule(QStringLiteral("tasks"));
    shots.save(window, QStringLiteral("tour-my-day.png"));
    window.showModule(QStringLiteral("calendar"));
    auto* calendar = dynamic_cast<CalendarModule*>(window.module(QStringLiteral("calendar")));
    CalendarView* view = calendar->view();
    view->setMode(CalendarView::Mode::Agenda);
    view->goToday();
    shots.save(window, QStringLiteral("tour-agenda.png"));
    {
        const UiContext context { *shots.session, *window.events(), *window.undoStack() };
        EventDialog event(shots.session->records(), &window);
        const auto rows = view->model()->entries();
        for (const CalendarEntry& e : rows) {
            if (e.recurring && e.kind == QLatin1String("meeting")) {
                event.edit(*shots.session->records().get(QStringLiteral("activity"), e.activityId),
                    e.start);
                break;
            }
        }
        REQUIRE(showActive(event));
        shots.save(event, QStringLiteral("tour-event.png"));
        DormantDialog dormant(context, &window);
        REQUIRE(showActive(dormant));
        QTest::qWait(300);
        shots.save(dormant, QStringLiteral("tour-dormant.png"));
        FreeSlotDialog free(*shots.session, view->model()->users(), &window);
        REQUIRE(showActive(free));
        free.search();
        shots.save(free, QStringLiteral("tour-free-slots.png"));
    }
}

// Every report on screen for the last 12 months, and as the PDF an office manager prints
// (report-NAME.png, report-NAME.pdf): for docs/reports.md and for looking at.
TEST_CASE("Reports on screen and on paper", "[.report-shots]")
{
    Shots shots;
    MainWindow window(*shots.session);
    window.resize(1500, 940);
    REQUIRE(showActive(window));
    window.showModule(QStringLiteral("reports"));
    auto* reports = dynamic_cast<ReportsModule*>(window.module(QStringLiteral("reports")));
    REQUIRE(reports);
    const QString only = qEnvironmentVariable("TANDEM_SCREENSHOT_REPORT");
    for (const ReportDefinition& r : Reports::all()) {
        if (!only.isEmpty() && r.name != only)
            continue;
        REQUIRE(reports->showReport(r.name));
        reports->paramsBar()->periodCombo()->setCurrentIndex(7); // last 12 months
        reports->run();
        shots.save(window, QStringLiteral("report-%1.png").arg(r.name));
        ReportPrinter::Options options;
        options.printedAt = shots.clock.nowUtc().toLocalTime();
        options.organisation = shots.session->setting(QStringLiteral("company_name"));
        REQUIRE(ReportPrinter::save(reports->table(),
            shots.out.filePath(QStringLiteral("report-%1.pdf").arg(r.name)), QPageSize::A4,
            options));
    }
}

TEST_CASE("The main window in each language", "[.language-shots]")
{
    // TANDEM_SCREENSHOT_DB=demo.db TANDEM_SCREENSHOT_DIR=docs/screenshots/languages
    //   xvfb-run -a -s "-screen 0 1600x1000x24" tandem_ui_tests "[.language-shots]"
    // Each picture is looked at for text that is cut off or left in English.
    Shots shots;
    const QLocale before;
    for (const QString& language : availableLanguages()) {
        installTranslations(*qApp, language);
        QLocale::setDefault(QLocale(language));
        MainWindow window(*shots.session);
        window.resize(1440, 880);
        REQUIRE(showActive(window));
        window.showModule(QStringLiteral("pipeline"));
        shots.save(window, QStringLiteral("main-window-%1.png").arg(language));
    }
    installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(before);
}

TEST_CASE("The main screens on a dark desktop", "[.dark-shots]")
{
    // As on a desktop set to a dark theme: the platform hands Qt a dark palette. Each picture is
    // looked at for light patches and text that cannot be read.
    Shots shots;
    const QPalette before = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x2d));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x39));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x4a, 0x4a, 0x50));
    dark.setColor(QPalette::Light, QColor(0x45, 0x45, 0x4a));
    dark.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x41));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    QApplication::setPalette(dark);
    {
        MainWindow window(*shots.session);
        window.resize(1440, 880);
        REQUIRE(showActive(window));
        shots.contactScreen(window, QStringLiteral("dark-contact.png"));
        window.showModule(QStringLiteral("pipeline"));
        shots.save(window, QStringLiteral("dark-pipeline.png"));
        window.showModule(QStringLiteral("calendar"));
        shots.save(window, QStringLiteral("dark-calendar.png"));
        window.showModule(QStringLiteral("reports"));
        shots.save(window, QStringLiteral("dark-reports.png"));
    }
    QApplication::setPalette(before);
}

TEST_CASE("Screenshots of the Cases screen and a company's cases", "[.cases-shots]")
{
    Shots shots;
    MainWindow window(*shots.session);
    window.resize(1440, 880);
    REQUIRE(showActive(window));
    window.showModule(QStringLiteral("case"));
    RecordListView* cases = viewOf(window, QStringLiteral("case"));
    REQUIRE(cases->model()->rowCount() > 0);
    // The most pressing case open on its card.
    const QString first = qEnvironmentVariable("TANDEM_SCREENSHOT_CASE", cases->model()->idAt(0));
    REQUIRE(window.openRecord(QStringLiteral("case"), first));
    shots.save(window, QStringLiteral("cases.png"));

    window.showModule(QStringLiteral("company"));
    shots.open(window,
        qEnvironmentVariable("TANDEM_SCREENSHOT_COMPANY", QStringLiteral("grabowski stal")),
        QStringLiteral("company"));
    auto* card = window.findChild<CompanyCardView*>();
    REQUIRE(card);
    card->sections()->setCurrentIndex(2); // Cases
    shots.save(window, QStringLiteral("company-cases.png"));
}
