#include "calendar/CalendarView.h"

#include "calendar/AgendaView.h"
#include "calendar/CalendarModel.h"
#include "calendar/EventDialog.h"
#include "calendar/MonthView.h"
#include "calendar/TimeGridView.h"
#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/GuiSettings.h"
#include "common/Prompter.h"
#include "services/Calendar.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kActivity = QStringLiteral("activity");

QTime settingTime(Session& session, const char* key, const QTime& fallback)
{
    const QTime t = QTime::fromString(session.setting(QLatin1String(key)), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

} // namespace

CalendarView::CalendarView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_model(new CalendarModel(context, this))
    , m_grid(nullptr)
    , m_month(nullptr)
    , m_agenda(nullptr)
    , m_stack(new QStackedWidget(this))
    , m_period(new QLabel(this))
    , m_modes(new QButtonGroup(this))
    , m_colourBy(new QComboBox(this))
    , m_sideBySide(new QCheckBox(tr("Side by side"), this))
    , m_users(nullptr)
    , m_clockTimer(new QTimer(this))
{
    m_grid = new TimeGridView(*m_model, m_stack);
    m_month = new MonthView(*m_model, m_stack);
    m_agenda = new AgendaView(*m_model, m_stack);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_agenda);
    m_grid->setWorkingHours(settingTime(context.session, "work_day_start", QTime(9, 0)),
        settingTime(context.session, "work_day_end", QTime(17, 0)));
    m_grid->setNow(context.session.clock().nowUtc());

    auto* today = new QToolButton(this);
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (Ctrl+T)"));
    auto* back = new QToolButton(this);
    back->setArrowType(Qt::LeftArrow);
    back->setToolTip(tr("Previous period"));
    back->setAccessibleName(tr("Previous period"));
    auto* forward = new QToolButton(this);
    forward->setArrowType(Qt::RightArrow);
    forward->setToolTip(tr("Next period"));
    forward->setAccessibleName(tr("Next period"));
    QFont big = m_period->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_period->setFont(big);
    m_period->setObjectName(QStringLiteral("calendarPeriod"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(today);
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addSpacing(8);
    bar->addWidget(m_period, 1);
    const std::pair<Mode, QString> modes[] = { { Mode::Day, tr("Day") },
        { Mode::WorkWeek, tr("Work week") }, { Mode::Week, tr("Week") },
        { Mode::Month, tr("Month") }, { Mode::Agenda, tr("Agenda") } };
    for (const auto& [mode, text] : modes) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setAutoRaise(true);
        m_modes->addButton(b, int(mode));
        bar->addWidget(b);
    }
    bar->addSpacing(12);
    m_colourBy->addItem(tr("Colour by kind"));
    m_colourBy->addItem(tr("Colour by owner"));
    m_colourBy->setAccessibleName(tr("Colour by"));
    bar->addWidget(m_colourBy);
    bar->addWidget(usersButton());
    bar->addWidget(m_sideBySide);
    m_sideBySide->setToolTip(tr("Each chosen colleague in a column of their own"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(today, &QToolButton::clicked, this, &CalendarView::goToday);
    connect(back, &QToolButton::clicked, this, [this] { step(-1); });
    connect(forward, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setColourBy(
            i == 1 ? CalendarModel::ColourBy::Owner : CalendarModel::ColourBy::Kind);
    });
    connect(m_sideBySide, &QCheckBox::toggled, this, &CalendarView::setSideBySide);
    connect(m_grid, &TimeGridView::createRequested, this, &CalendarView::createEvent);
    connect(m_grid, &TimeGridView::moveRequested, this, &CalendarView::moveEntry);
    connect(m_grid, &TimeGridView::editRequested, this, &CalendarView::editEntry);
    connect(m_month, &MonthView::moveRequested, this, &CalendarView::moveEntry);
    connect(m_month, &MonthView::editRequested, this, &CalendarView::editEntry);
    connect(m_agenda, &AgendaView::editRequested, this, &CalendarView::editEntry);
    connect(m_month, &MonthView::dayActivated, this, [this](const QDate& day) {
        m_date = day;
        setMode(Mode::Day);
    });
    for (auto signal : { &TimeGridView::selected })
        connect(m_grid, signal, this, [this](int row) { m_selected = row; });
    connect(m_month, &MonthView::selected, this, [this](int row) { m_selected = row; });
    connect(m_agenda, &AgendaView::selected, this, [this](int row) { m_selected = row; });
    connect(m_model, &CalendarModel::reloaded, this, [this] { m_selected = -1; });
    connect(m_clockTimer, &QTimer::timeout, this,
        [this] { m_grid->setNow(m_ctx.session.clock().nowUtc()); });
    m_clockTimer->start(60 * 1000);

    GuiSettings settings;
    m_date = m_ctx.session.clock().nowUtc().toTimeZone(m_model->zone()).date();
    const int savedMode
        = settings.value(QStringLiteral("calendar/mode"), int(Mode::WorkWeek)).toInt();
    m_colourBy->setCurrentIndex(settings.value(QStringLiteral("calendar/colourBy"), 0).toInt());
    setMode(Mode(std::clamp(savedMode, 0, int(Mode::Agenda))));
    m_grid->scrollToTime(m_grid->workStart().addSecs(-3600));
}

QToolButton* CalendarView::usersButton()
{
    m_users = new QToolButton(this);
    m_users->setText(tr("Calendars"));
    m_users->setToolTip(tr("Whose calendars to show: yours and your colleagues'"));
    m_users->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_users);
    m_users->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &CalendarView::fillUsersMenu);
    return m_users;
}

void CalendarView::fillUsersMenu()
{
    QMenu* menu = m_users->menu();
    menu->clear();
    const QStringList shown = m_model->users().isEmpty()
        ? QStringList { m_ctx.session.currentUserId() }
        : m_model->users();
    ListQuery q;
    q.orderBy = QStringLiteral("name");
    const auto users = m_ctx.session.records().list(QStringLiteral("user"), q);
    if (!users)
        return;
    for (const Record& user : users.value()) {
        if (!isEmptyValue(user.value(QStringLiteral("active")))
            && !user.value(QStringLiteral("active")).toBool())
            continue;
        QAction* a = menu->addAction(user.text(QStringLiteral("name")));
        a->setCheckable(true);
        a->setChecked(shown.contains(user.id));
        const QString id = user.id;
        connect(a, &QAction::toggled, this, [this, id](bool on) {
            QStringList now = m_model->users().isEmpty()
                ? QStringList { m_ctx.session.currentUserId() }
                : m_model->users();
            now.removeAll(id);
            if (on)
                now << id;
            setUsers(now);
        });
    }
}

void CalendarView::setUsers(const QStringList& userIds)
{
    m_model->setUsers(userIds);
    m_users->setText(
        userIds.size() > 1 ? tr("Calendars (%1)").arg(userIds.size()) : tr("Calendars"));
    m_grid->setSideBySide(m_sideBySide->isChecked());
}

void CalendarView::setSideBySide(bool on)
{
    if (m_sideBySide->isChecked() != on)
        m_sideBySide->setChecked(on);
    m_grid->setSideBySide(on);
}

void CalendarView::setColourByOwner(bool byOwner)
{
    m_colourBy->setCurrentIndex(byOwner ? 1 : 0);
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton* b = m_modes->button(int(mode)))
        b->setChecked(true);
    GuiSettings settings;
    settings.setValue(QStringLiteral("calendar/mode"), int(mode));
    settings.setValue(QStringLiteral("calendar/colourBy"), m_colourBy->currentIndex());
    m_stack->setCurrentWidget(mode == Mode::Month ? static_cast<QWidget*>(m_month)
            : mode == Mode::Agenda                ? static_cast<QWidget*>(m_agenda)
                                                  : static_cast<QWidget*>(m_grid));
    refreshRange();
}

void CalendarView::setDate(const QDate& day)
{
    m_date = day;
    refreshRange();
}

void CalendarView::goToday()
{
    m_grid->setNow(m_ctx.session.clock().nowUtc());
    setDate(m_ctx.session.clock().nowUtc().toTimeZone(m_model->zone()).date());
}

void CalendarView::step(int direction)
{
    switch (m_mode) {
    case Mode::Day:
        setDate(m_date.addDays(direction));
        break;
    case Mode::WorkWeek:
    case Mode::Week:
        setDate(m_date.addDays(7 * direction));
        break;
    case Mode::Month:
        setDate(m_date.addMonths(direction));
        break;
    case Mode::Agenda:
        setDate(m_date.addDays(14 * direction));
        break;
    }
}

void CalendarView::refreshRange()
{
    const QLocale locale;
    const Qt::DayOfWeek firstDay = locale.firstDayOfWeek();
    switch (m_mode) {
    case Mode::Day:
        m_model->setRange(m_date, 1);
        break;
    case Mode::WorkWeek:
        m_model->setRange(m_date.addDays(1 - m_date.dayOfWeek()), 5);
        break;
    case Mode::Week:
        m_model->setRange(m_date.addDays(-((m_date.dayOfWeek() - int(firstDay) + 7) % 7)), 7);
        break;
    case Mode::Month:
        m_month->setMonth(m_date);
        m_model->setRange(MonthView::gridStart(m_date, firstDay), 42);
        break;
    case Mode::Agenda:
        m_model->setRange(m_date, 14);
        break;
    }
    m_month->setToday(m_ctx.session.clock().nowUtc().toTimeZone(m_model->zone()).date());
    m_period->setText(periodText());
}

QString CalendarView::periodText() const
{
    const QLocale locale;
    const QDate first = m_model->firstDay();
    const QDate last = first.addDays(m_model->dayCount() - 1);
    switch (m_mode) {
    case Mode::Day:
        return locale.toString(first, QLocale::LongFormat);
    case Mode::Month:
        return locale.standaloneMonthName(m_date.month()) + QLatin1Char(' ')
            + QString::number(m_date.year());
    default:
        break;
    }
    const QString shortDay = QStringLiteral("d MMMM");
    if (first.year() != last.year())
        return locale.toString(first, QLocale::ShortFormat) + QStringLiteral(" – ")
            + locale.toString(last, QLocale::ShortFormat);
    return locale.toString(first, shortDay) + QStringLiteral(" – ")
        + locale.toString(last, shortDay) + QLatin1Char(' ') + QString::number(last.year());
}

void CalendarView::createEvent(
    const QDateTime& start, const QDateTime& end, const QString& userId, bool allDay)
{
    create(start, end, userId, allDay, {});
}

void CalendarView::createMeeting(
    const QDateTime& start, const QDateTime& end, const QStringList& userIds)
{
    create(start, end, m_ctx.session.currentUserId(), false, userIds);
}

QStringList CalendarView::shownActivityIds() const
{
    QStringList ids;
    for (const CalendarEntry& e : m_model->entries()) {
        if (!e.hidden && !ids.contains(e.activityId))
            ids << e.activityId;
    }
    return ids;
}

void CalendarView::create(const QDateTime& start, const QDateTime& end, const QString& userId,
    bool allDay, const QStringList& participants)
{
    QDateTime from = start;
    if (!from.isValid()) {
        const QDateTime now = m_ctx.session.clock().nowUtc().toTimeZone(m_model->zone());
        from
            = QDateTime(m_date, QTime(now.time().hour(), 0), m_model->zone()).addSecs(3600).toUTC();
    }
    EventDialog dialog(m_ctx.session.records(), this);
    dialog.startNew(from, end.isValid() ? end : from.addSecs(3600),
        userId.isEmpty() ? m_ctx.session.currentUserId() : userId, allDay);
    dialog.setInvited(participants);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList invited = dialog.invited();
    QVariantMap values = dialog.values();
    const QString subject = values.value(QStringLiteral("subject")).toString();
    auto created = BatchCommands::create(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("New event “%1”").arg(subject), [&]() -> Result<QString> {
            auto id = m_ctx.session.records().create(kActivity, values);
            if (!id)
                return id;
            const QString owner = values.value(QStringLiteral("owner_id")).toString();
            for (const QString& user : invited) {
                if (user == owner)
                    continue;
                auto p = m_ctx.session.records().create(QStringLiteral("participant"),
                    { { QStringLiteral("activity_id"), id.value() },
                        { QStringLiteral("user_id"), user },
                        { QStringLiteral("response"), QStringLiteral("needs_action") } });
                if (!p)
                    return p.error();
            }
            return id;
        });
    if (!created)
        Prompter::warning(this, tr("Event not saved"), created.error().message);
}

bool CalendarView::moveEntry(int row, const QDateTime& start, const QDateTime& end)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const CalendarEntry entry = m_model->entry(row);
    Calendar::SeriesScope scope = Calendar::SeriesScope::Series;
    if (entry.recurring) {
        const auto answer = Prompter::question(this, tr("Move a repeating event"),
            tr("“%1” repeats. Move only this occurrence (Yes) or every occurrence (Yes to All)?")
                .arg(m_model->titleOf(entry)),
            QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return false;
        scope = answer == QMessageBox::YesToAll ? Calendar::SeriesScope::Series
                                                : Calendar::SeriesScope::Occurrence;
    }
    const bool resize = start == entry.start;
    const QString text = resize ? tr("Change the length of “%1”").arg(m_model->titleOf(entry))
                                : tr("Move “%1”").arg(m_model->titleOf(entry));
    auto r = BatchCommands::run(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, text, [&]() -> Result<void> {
            auto moved = Calendar::reschedule(m_ctx.session, entry, start, end, scope);
            if (!moved)
                return moved.error();
            return {};
        });
    if (!r) {
        Prompter::warning(this, tr("Not moved"), r.error().message);
        return false;
    }
    return true;
}

void CalendarView::editEntry(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const CalendarEntry entry = m_model->entry(row);
    if (entry.hidden)
        return;
    const auto record = m_ctx.session.records().get(kActivity, entry.activityId);
    if (!record)
        return;
    EventDialog dialog(m_ctx.session.records(), this);
    dialog.edit(*record, entry.recurring ? entry.start : QDateTime());
    ListQuery invitedQuery;
    invitedQuery.where << qMakePair(QStringLiteral("activity_id"), QVariant(entry.activityId));
    const auto participantRows
        = m_ctx.session.records().list(QStringLiteral("participant"), invitedQuery);
    QHash<QString, QString> participantOf; // user id → participant record id
    if (participantRows) {
        for (const Record& p : participantRows.value()) {
            if (!p.text(QStringLiteral("user_id")).isEmpty())
                participantOf.insert(p.text(QStringLiteral("user_id")), p.id);
        }
    }
    dialog.setInvited(participantOf.keys());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.deleteRequested()) {
        deleteEntry(entry);
        return;
    }
    QVariantMap values = dialog.values();
    if (entry.recurring) {
        // The dialog shows the occurrence; a series keeps its first start moved by the same amount.
        const QString startField = values.contains(QStringLiteral("due_at"))
                && !values.value(QStringLiteral("due_at")).isNull()
            ? QStringLiteral("due_at")
            : QStringLiteral("starts_at");
        const QDateTime shown
            = QDateTime::fromString(values.value(startField).toString(), Qt::ISODateWithMs);
        const qint64 delta = entry.start.secsTo(shown);
        const QDateTime seriesStart
            = QDateTime::fromString(record->text(startField), Qt::ISODateWithMs).addSecs(delta);
        if (startField == QLatin1String("starts_at")) {
            const QDateTime shownEnd = QDateTime::fromString(
                values.value(QStringLiteral("ends_at")).toString(), Qt::ISODateWithMs);
            values.insert(QStringLiteral("ends_at"),
                seriesStart.addSecs(shown.secsTo(shownEnd)).toUTC().toString(Qt::ISODateWithMs));
        }
        values.insert(startField, seriesStart.toUTC().toString(Qt::ISODateWithMs));
    }
    QVariantMap changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant old = record->value(it.key());
        if (isEmptyValue(old) && isEmptyValue(it.value()))
            continue;
        if (old.toString() != it.value().toString())
            changes.insert(it.key(), it.value());
    }
    const QStringList invited = dialog.invited();
    QStringList uninvited;
    for (auto it = participantOf.cbegin(); it != participantOf.cend(); ++it) {
        if (!invited.contains(it.key()))
            uninvited << it.value();
    }
    QStringList newlyInvited;
    for (const QString& user : invited) {
        if (!participantOf.contains(user))
            newlyInvited << user;
    }
    if (!changes.isEmpty() || !uninvited.isEmpty() || !newlyInvited.isEmpty()) {
        RecordStore& rs = m_ctx.session.records();
        auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
            tr("Edit “%1”").arg(values.value(QStringLiteral("subject")).toString()),
            [&]() -> Result<void> {
                if (!changes.isEmpty()) {
                    if (auto u = rs.update(kActivity, entry.activityId, changes); !u)
                        return u;
                }
                for (const QString& participant : uninvited) {
                    if (auto u = rs.remove(QStringLiteral("participant"), participant); !u)
                        return u;
                }
                for (const QString& user : newlyInvited) {
                    auto c = rs.create(QStringLiteral("participant"),
                        { { QStringLiteral("activity_id"), entry.activityId },
                            { QStringLiteral("user_id"), user },
                            { QStringLiteral("response"), QStringLiteral("needs_action") } });
                    if (!c)
                        return c.error();
                }
                return {};
            });
        if (!r) {
            Prompter::warning(this, tr("Event not saved"), r.error().message);
            return;
        }
    }
    if (dialog.doneRequested())
        emit outcomeRequested(entry.activityId);
}

void CalendarView::deleteEntry(const CalendarEntry& entry)
{
    bool onlyThis = false;
    if (entry.recurring) {
        const auto answer = Prompter::question(this, tr("Delete a repeating event"),
            tr("“%1” repeats. Delete only this occurrence (Yes) or the whole series (Yes to All)?")
                .arg(m_model->titleOf(entry)),
            QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        onlyThis = answer == QMessageBox::Yes;
    }
    auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Delete “%1”").arg(m_model->titleOf(entry)), [&]() -> Result<void> {
            if (onlyThis)
                return Calendar::skipOccurrence(m_ctx.session, entry);
            return m_ctx.session.records().remove(kActivity, entry.activityId);
        });
    if (!r)
        Prompter::warning(this, tr("Not deleted"), r.error().message);
}

bool CalendarView::showActivity(const QString& activityId)
{
    const auto record = m_ctx.session.records().get(kActivity, activityId);
    if (!record)
        return false;
    QString when = record->text(QStringLiteral("starts_at"));
    if (when.isEmpty())
        when = record->text(QStringLiteral("due_at"));
    const QDateTime t = QDateTime::fromString(when, Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    setDate(t.toTimeZone(m_model->zone()).date());
    const int row = m_model->rowOfKey(activityId);
    m_selected = row;
    if (m_mode != Mode::Month && m_mode != Mode::Agenda)
        m_grid->scrollToTime(t.toTimeZone(m_model->zone()).time().addSecs(-3600));
    return true;
}

} // namespace tandem
