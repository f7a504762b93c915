#include "cases/CaseRulesDialog.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "domain/PublicHolidays.h"
#include "records/FieldDisplay.h"
#include "records/RecordTableModel.h"
#include "records/RecordTableView.h"
#include "services/CaseRules.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CaseRulesDialog::CaseRulesDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_rules(new RecordTableView(new RecordTableModel(context, QStringLiteral("case_rule"),
                                      { QStringLiteral("priority"), QStringLiteral("respond_hours"),
                                          QStringLiteral("resolve_hours") },
                                      this),
          tr("Deadlines per priority, in working hours"), this))
    , m_daysOff(new RecordTableView(new RecordTableModel(context, QStringLiteral("holiday"),
                                        { QStringLiteral("day"), QStringLiteral("name") }, this),
          tr("The team's own days off"), this))
    , m_country(new QComboBox(this))
    , m_holidays(new QLabel(this))
{
    setObjectName(QStringLiteral("caseRulesDialog"));
    setWindowTitle(tr("Case deadline rules"));
    (void)CaseRules::rules(context.session); // a team that never had rules gets the defaults
    auto* tabs = new QTabWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);

    auto* deadlines = new QWidget(tabs);
    auto* deadlinesLayout = new QVBoxLayout(deadlines);
    deadlinesLayout->addWidget(hint(tr("A new case must be answered and resolved within these "
                                       "working hours, counted from when it was opened. Working "
                                       "hours and days are set in Settings › Working hours; "
                                       "public holidays and the team's days off do not count. "
                                       "A changed rule applies to cases opened from now on."),
        deadlines));
    deadlinesLayout->addWidget(m_rules, 1);
    m_rules->setNewValues([] {
        return QVariantMap { { QStringLiteral("priority"), QStringLiteral("normal") },
            { QStringLiteral("respond_hours"), 16 }, { QStringLiteral("resolve_hours"), 80 } };
    });
    m_rules->model()->reload();
    tabs->addTab(deadlines, tr("&Deadlines"));

    auto* days = new QWidget(tabs);
    auto* daysLayout = new QVBoxLayout(days);
    auto* form = new QFormLayout;
    m_country->setObjectName(QStringLiteral("holidayCountry"));
    m_country->addItem(tr("None"), QStringLiteral("none"));
    for (const QString& code : PublicHolidays::countries())
        m_country->addItem(PublicHolidays::countryName(code), code);
    const QString current = context.session.setting(QStringLiteral("holiday_country")).toUpper();
    m_country->setCurrentIndex(qMax(0, m_country->findData(current)));
    form->addRow(tr("Public holidays of:"), m_country);
    daysLayout->addLayout(form);
    m_holidays->setWordWrap(true);
    m_holidays->setObjectName(QStringLiteral("holidayList"));
    daysLayout->addWidget(m_holidays);
    daysLayout->addWidget(m_daysOff, 1);
    m_daysOff->setNewValues([this] {
        return QVariantMap { { QStringLiteral("day"),
                                 m_ctx.session.clock().nowUtc().toLocalTime().date() },
            { QStringLiteral("name"), tr("Day off") } };
    });
    m_daysOff->model()->reload();
    tabs->addTab(days, tr("Days &off"));
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        saveCountry();
        showHolidays();
    });
    showHolidays();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

bool CaseRulesDialog::saveCountry()
{
    const QString code = m_country->currentData().toString();
    if (code.compare(m_ctx.session.setting(QStringLiteral("holiday_country")), Qt::CaseInsensitive)
        == 0)
        return true;
    const auto r
        = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events, tr("holiday country"),
            [&] { return m_ctx.session.setSetting(QStringLiteral("holiday_country"), code); });
    if (!r)
        Prompter::warning(this, tr("Not saved"), r.error().message);
    return r.ok();
}

void CaseRulesDialog::showHolidays()
{
    const QString code = m_country->currentData().toString();
    const int year = m_ctx.session.clock().nowUtc().toLocalTime().date().year();
    const QMap<QDate, QString> days = PublicHolidays::inYear(code, year);
    if (days.isEmpty()) {
        m_holidays->setText(tr("No public holidays are counted as days off."));
        return;
    }
    QStringList parts;
    for (auto it = days.constBegin(); it != days.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(
            QLocale().toString(it.key(), FieldDisplay::dateFormat()), it.value());
    m_holidays->setText(tr("Days off in %1: %2").arg(year).arg(parts.join(QStringLiteral("; "))));
}

} // namespace tandem
