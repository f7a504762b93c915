#include "reports/TargetsDialog.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "domain/EntitySchema.h"
#include "io/LocaleValues.h"
#include "services/Targets.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tandem {

namespace {

// On the name cell: the rep's or the team's id. On a figure cell: the text it was loaded with,
// and for revenue the stored value and its currency (kept when only another figure changes).
constexpr int kUserRole = Qt::UserRole;
constexpr int kTeamRole = Qt::UserRole + 1;
constexpr int kLoadedRole = Qt::UserRole + 2;
constexpr int kValueRole = Qt::UserRole + 3;
constexpr int kCurrencyRole = Qt::UserRole + 4;

const FieldDef& targetField(const char* name)
{
    return *EntitySchema::find(QStringLiteral("target"))->field(QString::fromLatin1(name));
}

QString monthName(int month)
{
    QString name = QLocale().standaloneMonthName(month, QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

// Items of the period box: the months (data 1–12), then the quarters (data 101–104).
constexpr int kQuarterBase = 100;

bool isQuarter(const QString& period)
{
    return period == QLatin1String("quarter");
}

QTableWidgetItem* figureItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(kLoadedRole, text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

bool edited(const QTableWidgetItem* item)
{
    return item && item->text() != item->data(kLoadedRole).toString();
}

std::optional<qint64> optionalOf(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

TargetsDialog::TargetsDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_monthBox(new QComboBox(this))
    , m_yearBox(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Targets"));
    for (int m = 1; m <= 12; ++m)
        m_monthBox->addItem(QLocale().standaloneMonthName(m, QLocale::LongFormat), m);
    m_monthBox->insertSeparator(12);
    for (int q = 1; q <= 4; ++q)
        m_monthBox->addItem(
            tr("Q%1 (%2–%3)").arg(q).arg(monthName(3 * q - 2), monthName(3 * q)), kQuarterBase + q);
    m_monthBox->setObjectName(QStringLiteral("targetsMonth"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setObjectName(QStringLiteral("targetsYear"));

    auto* layout = new QVBoxLayout(this);
    auto* picker = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("&Period:"), this);
    monthLabel->setBuddy(m_monthBox);
    picker->addWidget(monthLabel);
    picker->addWidget(m_monthBox);
    picker->addWidget(m_yearBox);
    picker->addStretch(1);
    layout->addLayout(picker);

    const QString currency = m_ctx.session.defaultCurrency();
    m_table->setObjectName(QStringLiteral("targetsTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        { tr("Rep or team"), tr("Revenue (%1)").arg(currency), tr("New deals"), tr("Activities") });
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* hint
        = new QLabel(tr("Set targets for a month, or for a quarter at the end of the list. A "
                        "month without its own target counts a third of its quarter's; a "
                        "team without its own target is measured by its members' together."),
            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_status->setObjectName(QStringLiteral("targetsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetsDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TargetsDialog::save);
    layout->addWidget(buttons);

    connect(m_monthBox, &QComboBox::currentIndexChanged, this, &TargetsDialog::pickerChanged);
    connect(m_yearBox, &QSpinBox::valueChanged, this, &TargetsDialog::pickerChanged);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            updateState();
    });
    // Undo, redo and other windows change targets, reps and teams: show them, unless the user is
    // in the middle of editing.
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if ((entity == QLatin1String("target") || entity == QLatin1String("user")
                || entity == QLatin1String("team"))
            && !hasChanges())
            reload();
    });

    const QDate today
        = m_ctx.session.clock().nowUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
    showMonth(today);
    resize(640, 480);
}

bool TargetsDialog::showMonth(const QDate& month)
{
    return showPeriod(month, QStringLiteral("month"));
}

bool TargetsDialog::showPeriod(const QDate& day, const QString& period)
{
    const QDate first = Targets::periodStart(day, period);
    if (first == m_month && period == m_period)
        return true;
    if (!settleChanges())
        return false;
    m_month = first;
    m_period = period;
    showPicked();
    m_status->clear();
    reload();
    return true;
}

void TargetsDialog::showPicked()
{
    const QSignalBlocker monthBlocker(m_monthBox);
    const QSignalBlocker yearBlocker(m_yearBox);
    const int data
        = isQuarter(m_period) ? kQuarterBase + (m_month.month() + 2) / 3 : m_month.month();
    m_monthBox->setCurrentIndex(m_monthBox->findData(data));
    m_yearBox->setValue(m_month.year());
}

QString TargetsDialog::periodTitle() const
{
    if (isQuarter(m_period))
        return tr("Q%1 %2").arg((m_month.month() + 2) / 3).arg(m_month.year());
    return QStringLiteral("%1 %2").arg(monthName(m_month.month())).arg(m_month.year());
}

void TargetsDialog::pickerChanged()
{
    const int data = m_monthBox->currentData().toInt();
    const bool quarter = data > kQuarterBase;
    const QDate picked(m_yearBox->value(), quarter ? 3 * (data - kQuarterBase) - 2 : data, 1);
    if (!showPeriod(picked, quarter ? QStringLiteral("quarter") : QStringLiteral("month")))
        showPicked();
}

void TargetsDialog::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    Session& s = m_ctx.session;
    const QString teamCurrency = s.defaultCurrency();
    auto targets = Targets::periodTargets(s, m_month, m_period);
    if (!targets)
        m_status->setText(targets.error().message);
    QHash<QString, Target> byOwner; // "u:<id>" or "t:<id>"
    for (const Target& t : targets ? *targets : QList<Target>()) {
        const QString key = t.userId.isEmpty() ? QStringLiteral("t:") + t.teamId
                                               : QStringLiteral("u:") + t.userId;
        if (!byOwner.contains(key))
            byOwner.insert(key, t);
    }
    const LocaleValues locale;
    auto addRow = [&](const QString& name, const QString& userId, const QString& teamId) {
        const Target t = byOwner.value(
            userId.isEmpty() ? QStringLiteral("t:") + teamId : QStringLiteral("u:") + userId);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        nameItem->setData(kUserRole, userId);
        nameItem->setData(kTeamRole, teamId);
        if (!teamId.isEmpty()) {
            QFont bold = nameItem->font();
            bold.setBold(true);
            nameItem->setFont(bold);
        }
        m_table->setItem(row, NameColumn, nameItem);

        QString revenueText;
        if (t.revenue) {
            const QString currency = t.currency.isEmpty() ? teamCurrency : t.currency;
            revenueText = locale.format(targetField("revenue"), *t.revenue, currency);
            if (currency != teamCurrency)
                revenueText += QLatin1Char(' ') + currency;
        }
        auto* revenue = figureItem(revenueText);
        revenue->setData(kValueRole, t.revenue ? QVariant(*t.revenue) : QVariant());
        revenue->setData(kCurrencyRole, t.currency);
        if (t.revenue && !t.currency.isEmpty() && t.currency != teamCurrency)
            revenue->setToolTip(tr("This target is in %1; a new amount is saved in %2.")
                                    .arg(t.currency, teamCurrency));
        m_table->setItem(row, RevenueColumn, revenue);
        m_table->setItem(row, DealsColumn,
            figureItem(t.deals ? locale.format(targetField("deals"), *t.deals, {}) : QString()));
        m_table->setItem(row, ActivitiesColumn,
            figureItem(t.activities ? locale.format(targetField("activities"), *t.activities, {})
                                    : QString()));
    };

    RecordStore& rs = s.records();
    if (auto users = rs.list(QStringLiteral("user"))) {
        for (const Record& u : *users) {
            // People who left keep their row only while they still have a target this month.
            const bool inactive = !isEmptyValue(u.value(QStringLiteral("active")))
                && !u.value(QStringLiteral("active")).toBool();
            if (inactive && !byOwner.contains(QStringLiteral("u:") + u.id))
                continue;
            addRow(u.text(QStringLiteral("name")), u.id, {});
        }
    }
    if (auto teams = rs.list(QStringLiteral("team"))) {
        for (const Record& t : *teams)
            addRow(tr("%1 (team)").arg(t.text(QStringLiteral("name"))), {}, t.id);
    }
    m_loading = false;
    updateState();
}

bool TargetsDialog::hasChanges() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = RevenueColumn; c <= ActivitiesColumn; ++c) {
            if (edited(m_table->item(row, c)))
                return true;
        }
    }
    return false;
}

void TargetsDialog::updateState()
{
    m_save->setEnabled(hasChanges());
}

int TargetsDialog::rowOf(const QString& userId, const QString& teamId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        if (name->data(kUserRole).toString() == userId
            && name->data(kTeamRole).toString() == teamId)
            return row;
    }
    return -1;
}

bool TargetsDialog::save()
{
    const QString teamCurrency = m_ctx.session.defaultCurrency();
    const LocaleValues locale;
    QList<TargetValues> changes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* revenue = m_table->item(row, RevenueColumn);
        QTableWidgetItem* deals = m_table->item(row, DealsColumn);
        QTableWidgetItem* activities = m_table->item(row, ActivitiesColumn);
        if (!edited(revenue) && !edited(deals) && !edited(activities))
            continue;
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        TargetValues v;
        v.userId = name->data(kUserRole).toString();
        v.teamId = name->data(kTeamRole).toString();
        // Each figure as typed, in the reader's locale; an unchanged revenue keeps its currency.
        auto read = [&](QTableWidgetItem* item, const char* field,
                        const QString& currency) -> std::optional<std::optional<qint64>> {
            auto parsed = locale.parse(targetField(field), item->text().trimmed(), currency);
            if (!parsed) {
                m_table->setCurrentItem(item);
                Prompter::warning(this, tr("Targets not saved"),
                    tr("%1: %2").arg(name->text(), parsed.error().message));
                return std::nullopt;
            }
            return optionalOf(*parsed);
        };
        if (edited(revenue)) {
            const auto value = read(revenue, "revenue", teamCurrency);
            if (!value)
                return false;
            v.revenue = *value;
            v.currency = teamCurrency;
        } else {
            v.revenue = optionalOf(revenue->data(kValueRole));
            v.currency = revenue->data(kCurrencyRole).toString();
        }
        const auto dealCount = read(deals, "deals", {});
        if (!dealCount)
            return false;
        v.deals = *dealCount;
        const auto activityCount = read(activities, "activities", {});
        if (!activityCount)
            return false;
        v.activities = *activityCount;
        changes << v;
    }
    if (changes.isEmpty())
        return true;
    Session& s = m_ctx.session;
    const QDate start = m_month;
    const QString period = m_period;
    const auto written = BatchCommands::run(m_ctx.undoStack, s, m_ctx.events,
        tr("Set targets for %1").arg(periodTitle()),
        [&] { return Targets::setPeriod(s, start, period, changes); });
    if (!written) {
        Prompter::warning(this, tr("Targets not saved"), written.error().message);
        return false;
    }
    reload();
    m_status->setText(tr("%n target(s) saved.", nullptr, int(changes.size())));
    return true;
}

bool TargetsDialog::settleChanges()
{
    if (!hasChanges())
        return true;
    const auto answer = Prompter::question(this, tr("Unsaved targets"),
        tr("Save the changes to the targets of %1?").arg(periodTitle()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void TargetsDialog::reject()
{
    if (settleChanges())
        QDialog::reject();
}

} // namespace tandem
