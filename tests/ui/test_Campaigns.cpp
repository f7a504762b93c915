// The Marketing module's campaign overview: its figure tiles, recording a response (one undo
// step), importing attendees (a bad file leaves nothing and names the line), opening a response.
#include "UiTestSupport.h"

#include "campaigns/CampaignCardView.h"
#include "campaigns/FigureTile.h"
#include "campaigns/MarketingModule.h"
#include "campaigns/ResponseDialog.h"
#include "common/Prompter.h"
#include "records/FieldDisplay.h"
#include "records/RecordListView.h"
#include "services/ActivityLog.h"
#include "services/Campaigns.h"
#include "services/DealFlow.h"
#include "services/LeadConversion.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

qint64 count(RecordStore& rs, const char* entity)
{
    return rs.count(s(entity)).value();
}

// Build Expo: 300 € spent of a 500 € budget, goals 4 leads and 2 000 €; three responses, one
// converted and won for 1 200 €, one called back, one waiting.
struct ExpoFixture : UiFixture {
    ExpoFixture()
    {
        Session& session = db->session();
        campaign = create(records(), s("campaign"),
            { { s("name"), s("Build Expo 2026") }, { s("kind"), s("event") },
                { s("status"), s("active") }, { s("starts_on"), s("2026-06-10") },
                { s("ends_on"), s("2026-06-12") }, { s("currency"), s("EUR") },
                { s("cost"), qint64(30000) }, { s("budget"), qint64(50000) },
                { s("goal_leads"), qint64(4) }, { s("goal_revenue"), qint64(200000) },
                { s("owner_id"), session.currentUserId() } });
        for (const auto& [first, last, email] :
            { std::tuple { "Jonas", "Petraitis", "jonas@medis.lt" },
                std::tuple { "Ona", "Kaminskienė", "ona@stogas.lt" },
                std::tuple { "Piotr", "Nowak", "piotr@dach.pl" } }) {
            ResponseDraft d;
            d.firstName = s(first);
            d.lastName = s(last);
            d.email = s(email);
            d.companyName = s("UAB Medis");
            leads << Campaigns::recordResponse(session, campaign, d).value().leadId;
        }
        ConversionPlan plan;
        plan.amount = qint64(120000);
        const QString deal = LeadConversion::convert(session, leads.at(0), plan).value().dealId;
        REQUIRE(DealFlow::win(session, deal));
        REQUIRE(ActivityLog::create(session, s("activity"),
            { { s("kind"), s("call") }, { s("subject"), s("Called back") }, { s("done"), true },
                { s("lead_id"), leads.at(1) } }));
    }
    QString campaign;
    QStringList leads;
};

// The Marketing module as the main window builds it, showing one campaign's overview.
struct Screen {
    Screen(UiFixture& f, const QString& campaignId)
        : module(f.context())
        , widget(module.createWidget(nullptr))
    {
        widget->resize(1300, 850);
        REQUIRE(showActive(*widget));
        REQUIRE(module.open(s("campaign"), campaignId));
        REQUIRE(card()->isVisible());
    }
    CampaignCardView* card() const { return module.campaignCard(); }
    QString tile(const char* key) const { return card()->tile(s(key))->value(); }
    int rows() const { return card()->responsesTable()->rowCount(); }

    MarketingModule module;
    std::unique_ptr<QWidget> widget;
};

QString writeCsv(const QString& dir, const char* name, const char* text)
{
    const QString path = dir + QLatin1Char('/') + s(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

} // namespace

TEST_CASE("A campaign's tiles show its figures against its goals", "[ui][campaigns]")
{
    ExpoFixture f;
    Screen screen(f, f.campaign);
    CampaignCardView* card = screen.card();
    CHECK(screen.module.title() == s("Marketing"));
    CHECK(screen.module.key() == s("marketing"));

    CHECK(screen.tile("responses") == s("3"));
    CHECK(card->tile(s("responses"))->goalText() == s("goal 4 · 75.0 %"));
    CHECK(card->tile(s("responses"))->bar()->isVisible());
    CHECK(screen.tile("untouched") == s("1"));
    CHECK(screen.tile("qualified") == s("1"));
    CHECK(screen.tile("won") == s("1 of 1"));
    CHECK(screen.tile("revenue") == FieldDisplay::money(120000, s("EUR"), true));
    CHECK(card->tile(s("revenue"))->goalText().endsWith(s("60.0 %")));
    CHECK(screen.tile("cost") == FieldDisplay::money(30000, s("EUR"), true));
    CHECK(card->tile(s("cost"))->goalText().endsWith(s("60.0 %")));
    CHECK(screen.tile("cost_per_lead") == FieldDisplay::money(10000, s("EUR"), true));
    CHECK(screen.tile("return") == s("300.0 %"));

    QTableWidget* table = card->responsesTable();
    REQUIRE(screen.rows() == 3);
    QStringList untouched;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 4)->text().endsWith(s("untouched")))
            untouched << table->item(r, 0)->text();
    }
    CHECK(untouched == QStringList { s("Piotr Nowak") });
}

TEST_CASE("Recording a response adds a row and is undone as one step", "[ui][campaigns]")
{
    ExpoFixture f;
    Screen screen(f, f.campaign);
    CampaignCardView* card = screen.card();
    RecordStore& rs = f.records();
    const qint64 leads = count(rs, "lead");
    const qint64 tasks = count(rs, "task");

    card->respondButton()->click();
    ResponseDialog* dialog = card->responseDialog();
    REQUIRE(dialog);
    QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // nobody named yet
    typeText(dialog->firstNameEdit(), s("Rasa"));
    typeText(dialog->lastNameEdit(), s("Vaitkutė"));
    typeText(dialog->emailEdit(), s("rasa@langai.lt"));
    typeText(dialog->companyEdit(), s("UAB Langai"));
    REQUIRE(ok->isEnabled());
    ok->click();

    REQUIRE(screen.rows() == 4);
    CHECK(card->responsesTable()->item(0, 0)->text() == s("Rasa Vaitkutė"));
    CHECK(card->responsesTable()->item(0, 1)->text() == s("UAB Langai"));
    CHECK(card->responsesTable()->item(0, 4)->text() == s("New · untouched"));
    CHECK(screen.tile("responses") == s("4"));
    CHECK(screen.tile("untouched") == s("2"));
    CHECK(card->notice()->text() == s("Rasa Vaitkutė, UAB Langai: a new lead."));
    CHECK(count(rs, "lead") == leads + 1);
    CHECK(count(rs, "task") == tasks + 1);
    CHECK(f.undoStack.count() == 1);

    f.undoStack.undo();
    CHECK(count(rs, "lead") == leads);
    CHECK(count(rs, "task") == tasks);
    CHECK(screen.rows() == 3);
    CHECK(screen.tile("untouched") == s("1"));

    // The same person again is told, not entered twice, and leaves nothing to undo.
    f.undoStack.redo();
    ResponseDraft again;
    again.email = s("RASA@langai.lt");
    auto r = card->recordResponse(again);
    REQUIRE(r);
    CHECK(r->alreadyResponded);
    CHECK(card->notice()->text().contains(s("already responded")));
    CHECK(screen.rows() == 4);
    CHECK(f.undoStack.count() == 1);
}

TEST_CASE(
    "Attendees import from a file; a bad file leaves nothing and names the line", "[ui][campaigns]")
{
    ExpoFixture f;
    Screen screen(f, f.campaign);
    CampaignCardView* card = screen.card();
    RecordStore& rs = f.records();
    const qint64 leads = count(rs, "lead");

    const QString bad = writeCsv(f.db->dir(), "bad.csv",
        "First name,Last name,E-mail\n"
        "Rasa,Vaitkutė,rasa@langai.lt\n"
        "Tomas,Jonaitis,tomas@langai.lt\n"
        "Eglė,Jonaitienė,egle(at)langai.lt\n");
    Prompter::answerNextFile(bad);
    card->importButton()->click();
    CHECK(count(rs, "lead") == leads);
    CHECK(screen.rows() == 3);
    CHECK(f.undoStack.count() == 0);
    REQUIRE_FALSE(Prompter::shown().isEmpty());
    CHECK(Prompter::shown().last().kind == Prompter::Kind::Warning);
    CHECK(Prompter::shown().last().text.contains(s("bad.csv:4")));
    CHECK(Prompter::shown().last().text.contains(s("egle(at)langai.lt")));
    CHECK(card->notice()->text().contains(s("bad.csv:4")));

    const QString good = writeCsv(f.db->dir(), "expo.csv",
        "First name,Last name,E-mail,Company\n"
        "Rasa,Vaitkutė,rasa@langai.lt,UAB Langai\n"
        "Jonas,Petraitis,jonas@medis.lt,UAB Medis\n"
        "Tomas,Jonaitis,tomas@langai.lt,UAB Langai\n");
    Prompter::answerNextFile(good);
    card->importButton()->click();
    CHECK(count(rs, "lead") == leads + 2);
    CHECK(screen.rows() == 5);
    CHECK(screen.tile("responses") == s("5"));
    CHECK(Prompter::shown().last().kind == Prompter::Kind::Information);
    CHECK(Prompter::shown().last().text.contains(s("2 new lead(s)")));
    CHECK(Prompter::shown().last().text.contains(
        s("Line 3: Jonas Petraitis, UAB Medis — already responded (the same e-mail)")));
    CHECK(f.undoStack.count() == 1);
    f.undoStack.undo();
    CHECK(count(rs, "lead") == leads);
    CHECK(screen.rows() == 3);
}

TEST_CASE("Double-clicking a response opens its lead", "[ui][campaigns]")
{
    ExpoFixture f;
    Screen screen(f, f.campaign);
    QTableWidget* table = screen.card()->responsesTable();
    QSignalSpy opened(&f.events, &DataEvents::openRequested);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == s("Piotr Nowak"))
            row = r;
    }
    REQUIRE(row >= 0);
    const QRect cell = table->visualItemRect(table->item(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toString() == s("lead"));
    CHECK(opened.first().at(1).toString() == f.leads.at(2));
}
