#include "calendar/FreeSlotDialog.h"

#include "services/FreeSlots.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

const int kMostShown = 500; // a month of half-hour steps is plenty to choose from

} // namespace

FreeSlotDialog::FreeSlotDialog(Session& session, const QStringList& userIds, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_users(new QListWidget(this))
    , m_duration(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_find(new QPushButton(tr("&Find free times"), this))
    , m_slots(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_book(new QPushButton(tr("&Book"), this))
{
    setObjectName(QStringLiteral("freeSlotDialog"));
    setWindowTitle(tr("Find a free time"));
    const WorkingHours hours = FreeSlots::workingHours(session);
    const QDate today = session.clock().nowUtc().toTimeZone(hours.zone).date();

    ListQuery q;
    q.orderBy = QStringLiteral("name");
    if (auto users = session.records().list(QStringLiteral("user"), q)) {
        for (const Record& u : *users) {
            const QVariant active = u.value(QStringLiteral("active"));
            if (!isEmptyValue(active) && !active.toBool())
                continue;
            auto* item = new QListWidgetItem(u.text(QStringLiteral("name")), m_users);
            item->setData(Qt::UserRole, u.id);
            item->setCheckState(userIds.contains(u.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_users->setObjectName(QStringLiteral("freeSlotUsers"));
    m_duration->setRange(15, 600);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(today);
    m_to->setDate(today.addDays(6));

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* people = new QVBoxLayout;
    auto* peopleLabel = new QLabel(tr("&Who takes part:"), this);
    peopleLabel->setBuddy(m_users);
    people->addWidget(peopleLabel);
    people->addWidget(m_users, 1);
    top->addLayout(people, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Length:"), m_duration);
    form->addRow(tr("F&rom:"), m_from);
    form->addRow(tr("&Until:"), m_to);
    form->addRow(QString(), m_find);
    form->addRow(new QLabel(tr("Working hours %1–%2")
                                .arg(QLocale().toString(hours.start, QLocale::ShortFormat),
                                    QLocale().toString(hours.end, QLocale::ShortFormat)),
        this));
    top->addLayout(form);
    layout->addLayout(top);

    m_slots->setObjectName(QStringLiteral("freeSlots"));
    m_slots->setRootIsDecorated(false);
    m_slots->setAlternatingRowColors(true);
    m_slots->setHeaderLabels({ tr("Day"), tr("From"), tr("To") });
    m_slots->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_slots, 2);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_book, QDialogButtonBox::ActionRole);
    m_book->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &FreeSlotDialog::search);
    connect(m_book, &QPushButton::clicked, this, &FreeSlotDialog::bookSelected);
    connect(m_slots, &QTreeWidget::itemActivated, this, &FreeSlotDialog::bookSelected);
    connect(m_slots, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { m_book->setEnabled(item != nullptr); });
    resize(620, 560);
}

QStringList FreeSlotDialog::checkedUserIds() const
{
    QStringList out;
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->checkState() == Qt::Checked)
            out << m_users->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

int FreeSlotDialog::search()
{
    m_slots->clear();
    m_book->setEnabled(false);
    m_searchedUsers = checkedUserIds();
    if (m_searchedUsers.isEmpty()) {
        m_summary->setText(tr("Tick who takes part."));
        return 0;
    }
    if (m_to->date() < m_from->date()) {
        m_summary->setText(tr("The last day is before the first."));
        return 0;
    }
    const QTimeZone zone = FreeSlots::workingHours(m_session).zone;
    const QDateTime from = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC();
    const QList<TimeInterval> found
        = FreeSlots::find(m_session, m_searchedUsers, from, to, m_duration->value());
    const QLocale locale;
    for (const TimeInterval& slot : found.mid(0, kMostShown)) {
        const QDateTime start = slot.start.toTimeZone(zone);
        const QDateTime end = slot.end.toTimeZone(zone);
        auto* item = new QTreeWidgetItem(m_slots);
        item->setText(0, locale.toString(start.date(), QLocale::LongFormat));
        item->setText(1, locale.toString(start.time(), QLocale::ShortFormat));
        item->setText(2, locale.toString(end.time(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, slot.start);
        item->setData(1, Qt::UserRole, slot.end);
    }
    if (found.isEmpty())
        m_summary->setText(tr("There is no common free time of this length in these days."));
    else if (found.size() > kMostShown)
        m_summary->setText(tr("The first %1 of %2 free times.").arg(kMostShown).arg(found.size()));
    else
        m_summary->setText(tr("%n free time(s) when everyone can.", nullptr, int(found.size())));
    return int(found.size());
}

bool FreeSlotDialog::bookSelected()
{
    const QTreeWidgetItem* item = m_slots->currentItem();
    if (!item)
        return false;
    emit bookSlot(item->data(0, Qt::UserRole).toDateTime(),
        item->data(1, Qt::UserRole).toDateTime(), m_searchedUsers);
    accept();
    return true;
}

} // namespace tandem
