// The calendar screen: what the model holds for a week and for colleagues, dragging an event to
// another day and time or a new length in the week view and to another day in the month view,
// each as one step that Edit › Undo takes back, and a repeating meeting moved only once.
#include "UiTestSupport.h"

#include "calendar/CalendarFiles.h"
#include "calendar/CalendarModel.h"
#include "calendar/CalendarModule.h"
#include "calendar/CalendarView.h"
#include "calendar/EventDialog.h"
#include "calendar/MonthView.h"
#include "calendar/TimeGridCanvas.h"
#include "calendar/TimeGridView.h"
#include "common/OutcomeDialog.h"
#include "common/Prompter.h"
#include "store/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace tandem;
using namespace tandem::test;

namespace {

QString iso(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate)
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

QString meeting(RecordStore& rs, const QString& owner, const char* subject, const char* start,
    const char* end, const QVariantMap& more = {})
{
    QVariantMap v { { QStringLiteral("kind"), QStringLiteral("meeting") },
        { QStringLiteral("subject"), QString::fromUtf8(subject) },
        { QStringLiteral("owner_id"), owner }, { QStringLiteral("starts_at"), iso(start) },
        { QStringLiteral("ends_at"), iso(end) } };
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        v.insert(it.key(), it.value());
    return create(rs, QStringLiteral("activity"), v);
}

QString startOf(RecordStore& rs, const QString& id)
{
    return rs.get(QStringLiteral("activity"), id)->text(QStringLiteral("starts_at"));
}

QString endOf(RecordStore& rs, const QString& id)
{
    return rs.get(QStringLiteral("activity"), id)->text(QStringLiteral("ends_at"));
}

// A calendar in UTC on the week of Monday 15 June 2026 (the test clock's day).
struct CalendarScreen {
    explicit CalendarScreen(UiFixture& f)
        : view(f.context())
    {
        view.model()->setZone(QTimeZone::utc());
        view.setMode(CalendarView::Mode::WorkWeek);
        view.setDate(QDate(2026, 6, 15));
        view.resize(1100, 800);
        REQUIRE(showActive(view));
    }
    int rowOf(const QString& subject) const
    {
        for (int i = 0; i < view.model()->rowCount(); ++i) {
            if (view.model()->entry(i).subject == subject)
                return i;
        }
        return -1;
    }
    void drag(QWidget* target, const QPoint& from, const QPoint& to)
    {
        QTest::mousePress(target, Qt::LeftButton, {}, from);
        QTest::mouseMove(target, from + QPoint(0, 8));
        QTest::mouseMove(target, to);
        QTest::mouseRelease(target, Qt::LeftButton, {}, to);
    }
    CalendarView view;
};

} // namespace

TEST_CASE("The calendar model holds the week's entries, a colleague's private one as busy",
    "[calendar-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    const QString ona = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona") }, { QStringLiteral("active"), true } });
    meeting(rs, me, "Demo at Medis", "2026-06-16T10:00:00Z", "2026-06-16T11:00:00Z");
    meeting(rs, ona, "Dentist", "2026-06-16T07:00:00Z", "2026-06-16T08:00:00Z",
        { { QStringLiteral("visibility"), QStringLiteral("private") } });
    meeting(rs, me, "Next week", "2026-06-22T10:00:00Z", "2026-06-22T11:00:00Z");

    CalendarScreen screen(f);
    CalendarModel& model = *screen.view.model();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.entry(0).subject == QLatin1String("Demo at Medis"));
    CHECK(model.rowsOn(QDate(2026, 6, 16)) == QList<int> { 0 });
    CHECK(model.rowsOn(QDate(2026, 6, 17)).isEmpty());
    CHECK(screen.view.periodLabel()->text().contains(QStringLiteral("2026")));

    screen.view.setUsers({ me, ona });
    REQUIRE(model.rowCount() == 2);
    CHECK(model.titleOf(model.entry(0)) == QLatin1String("Busy"));
    CHECK(model.entry(0).subject.isEmpty());
    screen.view.setSideBySide(true);
    CHECK(screen.view.grid()->columns().size() == 10);
    CHECK(screen.view.grid()->columns().at(1).userId == ona);

    // A new meeting written anywhere shows without asking.
    meeting(rs, me, "Written elsewhere", "2026-06-18T12:00:00Z", "2026-06-18T13:00:00Z");
    f.events.notifyChanged(QStringLiteral("activity"));
    REQUIRE(waitFor([&] { return model.rowCount() == 3; }));
}

TEST_CASE("Dragging a meeting in the week view moves it; undo puts it back", "[calendar-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    const QString id
        = meeting(rs, me, "Demo at Medis", "2026-06-16T10:00:00Z", "2026-06-16T11:00:00Z");
    CalendarScreen screen(f);
    TimeGridCanvas* canvas = screen.view.grid()->canvas();
    const int row = screen.rowOf(QStringLiteral("Demo at Medis"));
    REQUIRE(row >= 0);
    const QRect box = canvas->boxOf(row);
    REQUIRE_FALSE(box.isEmpty());

    SECTION("to Wednesday 14:00")
    {
        // Pressed a quarter below the start, released a quarter below 14:00 on Wednesday.
        const QPoint press(box.center().x(), box.top() + canvas->hourHeight() / 4);
        const QPoint release = canvas->pointAt(2, QTime(14, 15));
        screen.drag(canvas, press, release);
        CHECK(startOf(rs, id) == iso("2026-06-17T14:00:00Z"));
        CHECK(endOf(rs, id) == iso("2026-06-17T15:00:00Z"));
        REQUIRE(f.undoStack.count() == 1);
        CHECK(f.undoStack.undoText() == QStringLiteral("Move “Demo at Medis”"));
        f.undoStack.undo();
        CHECK(startOf(rs, id) == iso("2026-06-16T10:00:00Z"));
        CHECK(endOf(rs, id) == iso("2026-06-16T11:00:00Z"));
        f.undoStack.redo();
        CHECK(startOf(rs, id) == iso("2026-06-17T14:00:00Z"));
        // The view follows the data.
        REQUIRE(waitFor([&] {
            const int r = screen.rowOf(QStringLiteral("Demo at Medis"));
            return r >= 0 && screen.view.model()->entry(r).start.date() == QDate(2026, 6, 17);
        }));
    }
    SECTION("its lower edge to 12:30 makes it longer")
    {
        const QPoint press(box.center().x(), box.bottom() - 2);
        const QPoint release = canvas->pointAt(1, QTime(12, 30));
        screen.drag(canvas, press, QPoint(press.x(), release.y()));
        CHECK(startOf(rs, id) == iso("2026-06-16T10:00:00Z"));
        CHECK(endOf(rs, id) == iso("2026-06-16T12:30:00Z"));
        CHECK(f.undoStack.undoText() == QStringLiteral("Change the length of “Demo at Medis”"));
        f.undoStack.undo();
        CHECK(endOf(rs, id) == iso("2026-06-16T11:00:00Z"));
    }
    SECTION("dragging over empty time proposes a new event there")
    {
        QSignalSpy spy(screen.view.grid(), &TimeGridView::createRequested);
        QObject::disconnect(
            screen.view.grid(), &TimeGridView::createRequested, &screen.view, nullptr);
        screen.drag(canvas, canvas->pointAt(3, QTime(15, 0)), canvas->pointAt(3, QTime(16, 30)));
        REQUIRE(spy.count() == 1);
        CHECK(spy.at(0).at(0).toDateTime()
            == QDateTime::fromString(QStringLiteral("2026-06-18T15:00:00Z"), Qt::ISODate));
        CHECK(spy.at(0).at(1).toDateTime()
            == QDateTime::fromString(QStringLiteral("2026-06-18T16:30:00Z"), Qt::ISODate));
        CHECK(f.undoStack.count() == 0);
    }
}

TEST_CASE("In the month view an event dragged to another day keeps its time", "[calendar-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    const QString id
        = meeting(rs, me, "Visit Agrovita", "2026-06-16T09:30:00Z", "2026-06-16T11:00:00Z");
    CalendarScreen screen(f);
    screen.view.setMode(CalendarView::Mode::Month);
    MonthView* month = screen.view.month();
    CHECK(screen.view.model()->firstDay()
        == MonthView::gridStart(QDate(2026, 6, 15), QLocale().firstDayOfWeek()));
    const int row = screen.rowOf(QStringLiteral("Visit Agrovita"));
    const QRect item = month->itemRect(row, QDate(2026, 6, 16));
    REQUIRE_FALSE(item.isEmpty());
    screen.drag(month, item.center(), month->cellRect(QDate(2026, 6, 24)).center());
    CHECK(startOf(rs, id) == iso("2026-06-24T09:30:00Z"));
    CHECK(endOf(rs, id) == iso("2026-06-24T11:00:00Z"));
    f.undoStack.undo();
    CHECK(startOf(rs, id) == iso("2026-06-16T09:30:00Z"));
}

TEST_CASE("A repeating meeting moved once leaves the rest of the series in place", "[calendar-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    const QString id = meeting(rs, me, "Stand-up", "2026-06-01T08:00:00Z", "2026-06-01T08:15:00Z",
        { { QStringLiteral("rrule"), QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR") },
            { QStringLiteral("time_zone"), QStringLiteral("UTC") } });
    CalendarScreen screen(f);
    REQUIRE(screen.view.model()->rowCount() == 5);
    Prompter::setTestMode(true);
    Prompter::answerNext(QMessageBox::Yes); // only this occurrence
    const int wednesday = 2;
    REQUIRE(screen.view.model()->entry(wednesday).start.date() == QDate(2026, 6, 17));
    REQUIRE(screen.view.moveEntry(wednesday,
        QDateTime::fromString(QStringLiteral("2026-06-17T09:00:00Z"), Qt::ISODate),
        QDateTime::fromString(QStringLiteral("2026-06-17T09:15:00Z"), Qt::ISODate)));
    CHECK(Prompter::shown().size() == 1);
    auto starts = [&] {
        QStringList out;
        for (const CalendarEntry& e : screen.view.model()->entries())
            out << QLocale::c().toString(e.start, QStringLiteral("ddd HH:mm"));
        return out.join(QLatin1Char(','));
    };
    waitFor([&] { return starts().contains(QStringLiteral("Wed 09:00")); });
    CHECK(starts() == QStringLiteral("Mon 08:00,Tue 08:00,Wed 09:00,Thu 08:00,Fri 08:00"));
    CHECK(startOf(rs, id) == iso("2026-06-01T08:00:00Z"));
    f.undoStack.undo();
    REQUIRE(waitFor([&] {
        return starts() == QStringLiteral("Mon 08:00,Tue 08:00,Wed 08:00,Thu 08:00,Fri 08:00");
    }));
    CHECK(screen.view.model()->entry(2).recurring);
    CHECK(rs.get(QStringLiteral("activity"), id)->text(QStringLiteral("exdates")).isEmpty());
}

TEST_CASE("Importing an .ics file is one step that undo takes back; a broken one changes nothing",
    "[calendar-ui]")
{
    UiFixture f;
    Prompter::setTestMode(true);
    RecordStore& rs = f.records();
    const qint64 before = *rs.count(QStringLiteral("activity"));
    REQUIRE(CalendarFiles::importFile(
        nullptr, f.context(), testData(QStringLiteral("ics/thunderbird.ics"))));
    const qint64 imported = *rs.count(QStringLiteral("activity")) - before;
    CHECK(imported > 0);
    REQUIRE(f.undoStack.count() == 1);
    CHECK(f.undoStack.undoText() == QStringLiteral("Import thunderbird.ics"));
    CHECK(Prompter::shown().last().title == QStringLiteral("Calendar imported"));
    f.undoStack.undo();
    CHECK(*rs.count(QStringLiteral("activity")) == before);

    Prompter::reset();
    Prompter::setTestMode(true);
    CHECK_FALSE(CalendarFiles::importFile(
        nullptr, f.context(), testData(QStringLiteral("ics/broken-missing-end.ics"))));
    CHECK(*rs.count(QStringLiteral("activity")) == before);
    REQUIRE_FALSE(Prompter::shown().isEmpty());
    CHECK(Prompter::shown().last().text.contains(QStringLiteral("broken-missing-end.ics")));

    // The days on screen go out as one file.
    const QString me = f.db->session().currentUserId();
    meeting(rs, me, "Demo at Medis", "2026-06-16T10:00:00Z", "2026-06-16T11:00:00Z");
    CalendarScreen screen(f);
    const QString out = f.db->dir() + QStringLiteral("/week.ics");
    REQUIRE(
        CalendarFiles::exportFile(nullptr, f.context(), screen.view.shownActivityIds(), {}, out));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("SUMMARY:Demo at Medis"));
    CHECK(text.contains("DTSTART:20260616T100000Z"));
}

TEST_CASE("Done… on a calendar event asks how it went", "[calendar-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    const QString id
        = meeting(rs, me, "Demo at Medis", "2026-06-15T07:00:00Z", "2026-06-15T08:00:00Z");
    CalendarModule module(f.context());
    std::unique_ptr<QWidget> widget(module.createWidget(nullptr));
    emit module.view()->outcomeRequested(id);
    auto* dialog = module.view()->findChild<OutcomeDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(rs.get(QStringLiteral("activity"), id)->value(QStringLiteral("done")).toBool());
}

TEST_CASE("A meeting booked at a free time invites the colleagues; the form changes who is invited",
    "[calendar-ui]")
{
    UiFixture f;
    RecordStore& rs = f.records();
    const QString me = f.db->session().currentUserId();
    const QString ona = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Ona") }, { QStringLiteral("active"), true } });
    const QString rasa = create(rs, QStringLiteral("user"),
        { { QStringLiteral("name"), QStringLiteral("Rasa") }, { QStringLiteral("active"), true } });
    CalendarScreen screen(f);
    auto participants = [&] {
        QStringList users;
        const auto rows = rs.list(QStringLiteral("participant"));
        for (const Record& p : rows.value())
            users << p.text(QStringLiteral("user_id"));
        users.sort();
        return users;
    };
    // The form opens with Ona invited; it is saved as it stands.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<EventDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        CHECK(dialog->invited() == QStringList { ona });
        dialog->subjectEdit()->setText(QStringLiteral("Joint visit to Agrovita"));
        dialog->accept();
    });
    screen.view.createMeeting(
        QDateTime::fromString(QStringLiteral("2026-06-17T10:00:00Z"), Qt::ISODate),
        QDateTime::fromString(QStringLiteral("2026-06-17T12:00:00Z"), Qt::ISODate), { me, ona });
    CHECK(participants() == QStringList { ona });
    CHECK(f.undoStack.count() == 1);

    // Edited: Rasa in, Ona out, as one step.
    REQUIRE(waitFor([&] { return screen.rowOf(QStringLiteral("Joint visit to Agrovita")) >= 0; }));
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<EventDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        CHECK(dialog->invited() == QStringList { ona });
        dialog->setInvited({ rasa });
        dialog->accept();
    });
    screen.view.editEntry(screen.rowOf(QStringLiteral("Joint visit to Agrovita")));
    CHECK(participants() == QStringList { rasa });
    f.undoStack.undo();
    CHECK(participants() == QStringList { ona });
}

TEST_CASE("The event form keeps “No reminder” apart from the team's default", "[calendar-ui]")
{
    UiFixture f;
    EventDialog dialog(f.records());
    dialog.startNew(QDateTime::fromString(QStringLiteral("2026-06-17T10:00:00Z"), Qt::ISODate), {},
        f.db->session().currentUserId(), false);
    CHECK(dialog.values().value(QStringLiteral("reminder_minutes")).toInt() == 15);
    dialog.reminderCombo()->setCurrentIndex(dialog.reminderCombo()->findData(-1));
    CHECK(dialog.values().value(QStringLiteral("reminder_minutes")).toInt() == -1);

    Record stored;
    stored.fields = { { QStringLiteral("kind"), QStringLiteral("meeting") },
        { QStringLiteral("starts_at"), QStringLiteral("2026-06-17T10:00:00.000Z") },
        { QStringLiteral("reminder_minutes"), -1 } };
    dialog.edit(stored);
    CHECK(dialog.reminderCombo()->currentData().toInt() == -1);
    stored.fields.remove(QStringLiteral("reminder_minutes"));
    dialog.edit(stored);
    CHECK(dialog.reminderCombo()->currentData().toInt() == 15);
}
