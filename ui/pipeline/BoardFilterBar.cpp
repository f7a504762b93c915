#include "pipeline/BoardFilterBar.h"

#include "records/FieldDisplay.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace tandem {

BoardFilterBar::BoardFilterBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_owner(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_territory(new QComboBox(this))
    , m_minAmount(new QLineEdit(this))
    , m_closeBy(new QCheckBox(tr("Closing by"), this))
    , m_closeDate(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("boardFilterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_territory->setObjectName(QStringLiteral("territoryFilter"));
    m_owner->setAccessibleName(tr("Owner"));
    m_team->setAccessibleName(tr("Team"));
    m_territory->setAccessibleName(tr("Territory"));
    m_closeDate->setAccessibleName(tr("Closing by"));
    m_owner->setToolTip(tr("Only this salesperson's deals"));
    m_team->setToolTip(tr("Only deals owned by this team's members"));
    m_territory->setToolTip(tr("Only deals with companies in this territory"));
    m_minAmount->setPlaceholderText(tr("Amount from"));
    m_minAmount->setToolTip(tr("Only deals of at least this amount"));
    m_minAmount->setClearButtonEnabled(true);
    m_minAmount->setMaximumWidth(120);
    m_closeDate->setCalendarPopup(true);
    m_closeDate->setDisplayFormat(FieldDisplay::dateFormat());
    m_closeDate->setDate(session.clock().nowUtc().date().addMonths(1));
    m_closeDate->setEnabled(false);
    m_text->setPlaceholderText(tr("Find a deal or company"));
    m_text->setClearButtonEnabled(true);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    reloadChoices();
    layout->addWidget(m_text, 2);
    layout->addWidget(m_owner, 1);
    layout->addWidget(m_team, 1);
    layout->addWidget(m_territory, 1);
    layout->addWidget(m_minAmount);
    layout->addWidget(m_closeBy);
    layout->addWidget(m_closeDate);
    layout->addWidget(m_clear);

    m_typing.setSingleShot(true);
    m_typing.setInterval(200);
    connect(&m_typing, &QTimer::timeout, this, &BoardFilterBar::filterChanged);
    for (QComboBox* box : { m_owner, m_team, m_territory })
        connect(box, &QComboBox::activated, this, &BoardFilterBar::filterChanged);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_minAmount, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_closeBy, &QCheckBox::toggled, this, [this](bool on) {
        m_closeDate->setEnabled(on);
        emit filterChanged();
    });
    connect(m_closeDate, &QDateEdit::dateChanged, this, [this] {
        if (m_closeBy->isChecked())
            emit filterChanged();
    });
    connect(m_clear, &QToolButton::clicked, this, &BoardFilterBar::clearFilters);
}

void BoardFilterBar::fill(QComboBox* box, const QString& entity, const QString& allText)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(allText, QString());
    ListQuery q;
    auto rows = m_session.records().list(entity, q);
    if (rows) {
        for (const Record& r : *rows)
            box->addItem(m_session.records().label(r), r.id);
    }
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void BoardFilterBar::reloadChoices()
{
    fill(m_owner, QStringLiteral("user"), tr("All owners"));
    fill(m_team, QStringLiteral("team"), tr("All teams"));
    fill(m_territory, QStringLiteral("territory"), tr("All territories"));
    m_team->setVisible(m_team->count() > 1);
    m_territory->setVisible(m_territory->count() > 1);
}

DealFilter BoardFilterBar::filter() const
{
    DealFilter f;
    f.ownerId = m_owner->currentData().toString();
    f.teamId = m_team->currentData().toString();
    f.territoryId = m_territory->currentData().toString();
    f.minAmount = FieldDisplay::parseMoney(m_minAmount->text(), m_session.defaultCurrency());
    if (m_closeBy->isChecked())
        f.closeTo = m_closeDate->date();
    f.text = m_text->text();
    return f;
}

void BoardFilterBar::clearFilters()
{
    const QSignalBlocker b1(m_text), b2(m_minAmount), b3(m_closeBy);
    m_owner->setCurrentIndex(0);
    m_team->setCurrentIndex(0);
    m_territory->setCurrentIndex(0);
    m_minAmount->clear();
    m_closeBy->setChecked(false);
    m_closeDate->setEnabled(false);
    m_text->clear();
    emit filterChanged();
}

} // namespace tandem
