#include "calendar/ReminderDialog.h"

#include "records/FieldDisplay.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kIndexRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

QString kindText(const QString& kind)
{
    if (kind == QLatin1String("meeting"))
        return ReminderDialog::tr("Meeting");
    if (kind == QLatin1String("call"))
        return ReminderDialog::tr("Call");
    if (kind == QLatin1String("email"))
        return ReminderDialog::tr("E-mail");
    if (kind == QLatin1String("note"))
        return ReminderDialog::tr("Note");
    if (kind == QLatin1String("task"))
        return ReminderDialog::tr("Task");
    if (kind == QLatin1String("contact"))
        return ReminderDialog::tr("Next contact");
    if (kind == QLatin1String("renewal"))
        return ReminderDialog::tr("Renewal");
    return kind;
}

QString whenText(const Reminder& r)
{
    const QDateTime local = r.when.toLocalTime();
    if (r.allDay)
        return QLocale().toString(local.date(), FieldDisplay::dateFormat());
    return QLocale().toString(local, FieldDisplay::dateTimeFormat());
}

} // namespace

ReminderDialog::ReminderDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_snoozeMenu(new QMenu(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_snooze(new QPushButton(tr("&Snooze"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_dismissAll(new QPushButton(tr("Dismiss &all"), this))
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("Reminders"));
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setHeaderLabels({ tr("Reminder"), tr("When"), tr("Kind"), tr("Status") });
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    const QList<QPair<Snooze, QString>> delays { { Snooze::FiveMinutes, tr("5 minutes") },
        { Snooze::FifteenMinutes, tr("15 minutes") }, { Snooze::OneHour, tr("1 hour") },
        { Snooze::TomorrowMorning, tr("Tomorrow morning") } };
    for (const auto& [choice, text] : delays) {
        QAction* a = m_snoozeMenu->addAction(text);
        m_snoozeActions << a;
        const Snooze c = choice;
        connect(a, &QAction::triggered, this, [this, c] {
            const QList<Reminder> chosen = selected();
            if (!chosen.isEmpty())
                emit snoozeRequested(chosen, c);
        });
    }
    m_snooze->setMenu(m_snoozeMenu);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(m_dismissAll);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<Reminder> chosen = selected();
        if (!chosen.isEmpty())
            emit openRequested(chosen.first());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QVariant index = item->data(0, kIndexRole);
        if (index.isValid())
            emit openRequested(m_reminders.at(index.toInt()));
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const QList<Reminder> chosen = selected();
        if (!chosen.isEmpty())
            emit dismissRequested(chosen);
    });
    connect(m_dismissAll, &QPushButton::clicked, this, &ReminderDialog::dismissAllRequested);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReminderDialog::updateButtons);
    resize(640, 360);
    updateButtons();
}

void ReminderDialog::setReminders(
    const QList<Reminder>& due, const QList<Reminder>& missed, const QDateTime& since)
{
    QSet<QString> wasSelected;
    for (const Reminder& r : selected())
        wasSelected.insert(r.key());
    m_list->clear();
    m_reminders.clear();
    QSet<QString> listed;
    if (!missed.isEmpty()) {
        auto* group = new QTreeWidgetItem(m_list);
        group->setText(0,
            since.isValid()
                ? tr("Missed while Tandem was closed (since %1)")
                      .arg(QLocale().toString(since.toLocalTime(), FieldDisplay::dateTimeFormat()))
                : tr("Missed while Tandem was closed"));
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        for (const Reminder& r : missed) {
            addItem(group, r, int(m_reminders.size()));
            listed.insert(r.key());
        }
    }
    QTreeWidgetItem* dueGroup = nullptr;
    for (const Reminder& r : due) {
        if (listed.contains(r.key()))
            continue;
        if (!dueGroup) {
            dueGroup = new QTreeWidgetItem(m_list);
            dueGroup->setText(0, tr("Due now"));
            dueGroup->setFlags(Qt::ItemIsEnabled);
            dueGroup->setFirstColumnSpanned(true);
        }
        addItem(dueGroup, r, int(m_reminders.size()));
    }
    m_list->expandAll();
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (wasSelected.contains(group->child(i)->data(0, kKeyRole).toString()))
                group->child(i)->setSelected(true);
        }
    }
    const int count = int(m_reminders.size());
    m_summary->setText(count == 0 ? tr("No reminders are due.")
                                  : tr("%n reminder(s) need your attention.", nullptr, count));
    updateButtons();
}

QTreeWidgetItem* ReminderDialog::addItem(QTreeWidgetItem* group, const Reminder& r, int index)
{
    m_reminders << r;
    auto* item = new QTreeWidgetItem(group);
    item->setText(0, r.title.isEmpty() ? tr("(no subject)") : r.title);
    item->setText(1, whenText(r));
    item->setText(2, kindText(r.kind));
    QString status;
    if (r.snoozed)
        status = tr("Snoozed");
    else if (!r.location.isEmpty())
        status = r.location;
    item->setText(3, status);
    item->setData(0, kIndexRole, index);
    item->setData(0, kKeyRole, r.key());
    return item;
}

QList<Reminder> ReminderDialog::shown() const
{
    return m_reminders;
}

QList<Reminder> ReminderDialog::selected() const
{
    QList<Reminder> out;
    QSet<QString> seen;
    QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty() && m_list->currentItem())
        items << m_list->currentItem();
    for (QTreeWidgetItem* item : items) {
        const QVariant index = item->data(0, kIndexRole);
        if (!index.isValid() || index.toInt() >= m_reminders.size())
            continue;
        const Reminder& r = m_reminders.at(index.toInt());
        if (!seen.contains(r.key())) {
            seen.insert(r.key());
            out << r;
        }
    }
    return out;
}

bool ReminderDialog::select(const QString& key)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->data(0, kKeyRole).toString() == key) {
                m_list->clearSelection();
                m_list->setCurrentItem(item);
                item->setSelected(true);
                return true;
            }
        }
    }
    return false;
}

QAction* ReminderDialog::snoozeAction(Snooze choice) const
{
    return m_snoozeActions.value(int(choice));
}

void ReminderDialog::updateButtons()
{
    const bool any = !selected().isEmpty();
    m_open->setEnabled(any);
    m_snooze->setEnabled(any);
    m_dismiss->setEnabled(any);
    m_dismissAll->setEnabled(!m_reminders.isEmpty());
}

} // namespace tandem
