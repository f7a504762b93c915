#include "home/DashboardSection.h"

#include "domain/FieldFormat.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kEntityRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMostRowsShown = 8;

QString moneyText(const DashboardItem& i)
{
    if (!i.amount)
        return QString();
    return formatScaled(*i.amount, currencyMinorDigits(i.currency), QLocale()) + QLatin1Char(' ')
        + i.currency;
}

} // namespace

DashboardSection::DashboardSection(
    Kind kind, const QString& title, const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(title)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(emptyText, this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dashboardSection"));
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_empty->setObjectName(QStringLiteral("sectionEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addStretch();

    QStringList headers;
    switch (kind) {
    case Kind::Tasks:
        headers = { tr("Task"), tr("About"), tr("Due") };
        break;
    case Kind::Deals:
        headers = { tr("Deal"), tr("Stage"), tr("Expected close"), tr("Amount") };
        break;
    case Kind::Leads:
        headers = { tr("Lead"), tr("Company"), tr("First contact due") };
        break;
    }
    headers << tr("Owner");
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem* item) { openItem(item); });
    setItems({}, false, QDate());
}

QStringList DashboardSection::cellsOf(const DashboardItem& i, const QDate& today) const
{
    const QLocale locale;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto when = [&](const QDateTime& t, bool allDay) {
        if (!t.isValid())
            return QString();
        const QDateTime local = t.toTimeZone(zone);
        const QString time = locale.toString(local.time(), QLocale::ShortFormat);
        if (local.date() == today)
            return allDay ? tr("Today") : tr("Today %1").arg(time);
        const QString date = locale.toString(local.date(), QLocale::ShortFormat);
        return allDay ? date : date + QLatin1Char(' ') + time;
    };
    switch (m_kind) {
    case Kind::Tasks:
        return { i.label, i.about, when(i.due, i.allDay) };
    case Kind::Deals: {
        QString title = i.label;
        if (!i.about.isEmpty() && !title.contains(i.about))
            title += QStringLiteral(" · ") + i.about;
        return { title, i.stage, locale.toString(i.closeDate, QLocale::ShortFormat), moneyText(i) };
    }
    case Kind::Leads:
        return { i.label, i.about, when(i.due, false) };
    }
    return {};
}

void DashboardSection::setItems(
    const QList<DashboardItem>& items, bool withOwner, const QDate& today)
{
    m_count = int(items.size());
    m_heading->setText(tr("%1 <span style='color:#6b7280'>%2</span>").arg(m_title).arg(m_count));
    m_list->clear();
    const int ownerColumn = m_list->columnCount() - 1;
    m_list->setColumnHidden(ownerColumn, !withOwner);
    QList<QTreeWidgetItem*> rows;
    for (const DashboardItem& i : items) {
        auto* row = new QTreeWidgetItem(cellsOf(i, today) << i.ownerName);
        row->setData(0, kEntityRole, i.entity);
        row->setData(0, kIdRole, i.id);
        row->setToolTip(0, i.label);
        if (m_kind == Kind::Deals)
            row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        rows << row;
    }
    m_list->addTopLevelItems(rows);
    m_empty->setVisible(items.isEmpty());
    m_list->setVisible(!items.isEmpty());
    // As tall as its rows, up to a screenful of them; the rest scroll inside.
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 8);
    const int shown = qMin(m_count, kMostRowsShown);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + shown * rowHeight + 4);
}

void DashboardSection::focusList()
{
    if (m_count == 0) {
        setFocus();
        return;
    }
    if (!m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void DashboardSection::openItem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    emit openRequested(item->data(0, kEntityRole).toString(), item->data(0, kIdRole).toString());
}

bool DashboardSection::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openItem(m_list->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tandem
