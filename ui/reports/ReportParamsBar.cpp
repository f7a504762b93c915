#include "reports/ReportParamsBar.h"

#include "store/Session.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace tandem {

namespace {

struct Preset {
    const char* key;
    const char* label;
};

const QList<Preset>& presets()
{
    static const QList<Preset> list {
        { "this-month", QT_TRANSLATE_NOOP("ReportParamsBar", "This month") },
        { "last-month", QT_TRANSLATE_NOOP("ReportParamsBar", "Last month") },
        { "this-quarter", QT_TRANSLATE_NOOP("ReportParamsBar", "This quarter") },
        { "last-quarter", QT_TRANSLATE_NOOP("ReportParamsBar", "Last quarter") },
        { "year-to-date", QT_TRANSLATE_NOOP("ReportParamsBar", "Year to date") },
        { "this-year", QT_TRANSLATE_NOOP("ReportParamsBar", "This year") },
        { "last-year", QT_TRANSLATE_NOOP("ReportParamsBar", "Last year") },
        { "last-12-months", QT_TRANSLATE_NOOP("ReportParamsBar", "Last 12 months") },
    };
    return list;
}

} // namespace

ReportParamsBar::ReportParamsBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_compare(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_optionsRow(new QHBoxLayout)
{
    for (const Preset& p : presets())
        m_period->addItem(tr(p.label), QLatin1String(p.key));
    m_period->addItem(tr("Custom dates"), QString());
    m_period->setCurrentIndex(4); // year to date
    m_period->setAccessibleName(tr("Period"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_compare->addItem(tr("No comparison"), int(Comparison::None));
    m_compare->addItem(tr("Previous period"), int(Comparison::PreviousPeriod));
    m_compare->addItem(tr("Same period last year"), int(Comparison::PreviousYear));
    m_compare->setAccessibleName(tr("Compare with"));
    m_currency->setAccessibleName(tr("Currency"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(label(tr("&Period:"), m_period));
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), this));
    periodRow->addWidget(m_to);
    periodRow->addSpacing(12);
    periodRow->addWidget(label(tr("Co&mpare:"), m_compare));
    periodRow->addWidget(m_compare);
    periodRow->addSpacing(12);
    m_labels.insert(QStringLiteral("currency"), label(tr("C&urrency:"), m_currency));
    periodRow->addWidget(m_labels.value(QStringLiteral("currency")));
    periodRow->addWidget(m_currency);
    periodRow->addStretch(1);
    grid->addLayout(periodRow, 0, 0);

    auto* filterRow = new QHBoxLayout;
    struct Filter {
        const char* entity;
        QString label;
        QString all;
    };
    for (const Filter& f : { Filter { "user", tr("&Owner:"), tr("Everyone") },
             Filter { "team", tr("T&eam:"), tr("All teams") },
             Filter { "territory", tr("Te&rritory:"), tr("All territories") },
             Filter { "pipeline", tr("Pipe&line:"), tr("All pipelines") } }) {
        const QString entity = QLatin1String(f.entity);
        QComboBox* combo = referenceCombo(entity, f.all);
        auto* l = label(f.label, combo);
        m_labels.insert(entity, l);
        filterRow->addWidget(l);
        filterRow->addWidget(combo);
        filterRow->addSpacing(8);
    }
    filterRow->addLayout(m_optionsRow);
    filterRow->addStretch(1);
    grid->addLayout(filterRow, 1, 0);

    reload();
    applyPreset();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        emit changed();
    });
    for (QDateEdit* edit : { m_from, m_to }) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            m_period->setCurrentIndex(m_period->count() - 1); // custom
            m_updating = false;
            emit changed();
        });
    }
    connect(m_compare, &QComboBox::currentIndexChanged, this, &ReportParamsBar::changed);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ReportParamsBar::changed);
}

QComboBox* ReportParamsBar::referenceCombo(const QString& entity, const QString& allText)
{
    auto* combo = new QComboBox(this);
    combo->setProperty("allText", allText);
    combo->setMinimumContentsLength(12);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filters.insert(entity, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit changed();
    });
    return combo;
}

void ReportParamsBar::fillReferences(QComboBox* combo, const QString& entity)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(combo->property("allText").toString(), QString());
    ListQuery q;
    auto rows = m_session.records().list(entity, q);
    if (rows) {
        for (const Record& r : *rows)
            combo->addItem(m_session.records().label(r), r.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ReportParamsBar::reload()
{
    m_updating = true;
    for (auto it = m_filters.begin(); it != m_filters.end(); ++it)
        fillReferences(it.value(), it.key());
    const QString current = m_currency->currentText();
    m_currency->clear();
    QStringList currencies { m_session.defaultCurrency() };
    for (const QString& c :
        m_session.records().distinctValues(QStringLiteral("deal"), QStringLiteral("currency"))) {
        if (!currencies.contains(c))
            currencies << c;
    }
    m_currency->addItems(currencies);
    m_currency->setCurrentIndex(std::max(0, m_currency->findText(current)));
    m_updating = false;
}

void ReportParamsBar::applyPreset()
{
    const QString key = m_period->currentData().toString();
    if (key.isEmpty())
        return;
    QDate from;
    QDate to;
    Reports::presetPeriod(key, m_session.clock().nowUtc().toLocalTime().date(), &from, &to);
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
}

void ReportParamsBar::setReport(const ReportDefinition& report)
{
    m_report = &report;
    const bool period = report.usesPeriod;
    for (QWidget* w : std::initializer_list<QWidget*> { m_period, m_from, m_to, m_compare })
        w->setEnabled(period);
    struct Shown {
        const char* entity;
        int flag;
    };
    for (const Shown& s : { Shown { "user", FilterOwner }, Shown { "team", FilterTeam },
             Shown { "territory", FilterTerritory }, Shown { "pipeline", FilterPipeline } }) {
        const bool on = report.filters & s.flag;
        m_filters.value(QLatin1String(s.entity))->setVisible(on);
        m_labels.value(QLatin1String(s.entity))->setVisible(on);
    }
    const bool money = report.filters & FilterCurrency;
    m_currency->setVisible(money);
    m_labels.value(QStringLiteral("currency"))->setVisible(money);

    qDeleteAll(m_optionWidgets);
    m_optionWidgets.clear();
    while (QLayoutItem* item = m_optionsRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ReportOption& o : report.options) {
        auto* l = new QLabel(Reports::optionLabel(o) + QLatin1Char(':'), this);
        QWidget* editor = nullptr;
        if (!o.choices.isEmpty()) {
            auto* combo = new QComboBox(this);
            for (const ReportChoice& c : o.choices)
                combo->addItem(Reports::choiceLabel(c), c.key);
            combo->setCurrentIndex(std::max(0, combo->findData(o.defaultValue)));
            connect(combo, &QComboBox::currentIndexChanged, this, &ReportParamsBar::changed);
            editor = combo;
        } else {
            auto* spin = new QSpinBox(this);
            spin->setRange(o.min, o.max);
            spin->setValue(o.defaultValue.toInt());
            connect(spin, &QSpinBox::valueChanged, this, &ReportParamsBar::changed);
            editor = spin;
        }
        editor->setAccessibleName(Reports::optionLabel(o));
        l->setBuddy(editor);
        m_optionWidgets.insert(o.key, editor);
        m_optionsRow->addWidget(l);
        m_optionsRow->addWidget(editor);
        m_optionsRow->addSpacing(8);
        m_optionWidgets.insert(o.key + QStringLiteral("#label"), l);
    }
}

ReportParams ReportParamsBar::params() const
{
    ReportParams p;
    p.from = m_from->date();
    p.to = m_to->date();
    p.compare = Comparison(m_compare->currentData().toInt());
    p.today = m_session.clock().nowUtc().toLocalTime().date();
    if (!m_report)
        return p;
    if (m_report->filters & FilterOwner)
        p.ownerId = m_filters.value(QStringLiteral("user"))->currentData().toString();
    if (m_report->filters & FilterTeam)
        p.teamId = m_filters.value(QStringLiteral("team"))->currentData().toString();
    if (m_report->filters & FilterTerritory)
        p.territoryId = m_filters.value(QStringLiteral("territory"))->currentData().toString();
    if (m_report->filters & FilterPipeline)
        p.pipelineId = m_filters.value(QStringLiteral("pipeline"))->currentData().toString();
    if (m_report->filters & FilterCurrency)
        p.currency = m_currency->currentText();
    for (const ReportOption& o : m_report->options) {
        QWidget* w = m_optionWidgets.value(o.key);
        if (auto* combo = qobject_cast<QComboBox*>(w))
            p.options.insert(o.key, combo->currentData().toString());
        else if (auto* spin = qobject_cast<QSpinBox*>(w))
            p.options.insert(o.key, QString::number(spin->value()));
    }
    return p;
}

} // namespace tandem
