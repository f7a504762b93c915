#include "contacts/ListFilterBar.h"

#include "common/BatchCommand.h"
#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "domain/EntitySchema.h"
#include "records/RecordListModel.h"
#include "records/RecordListView.h"
#include "records/ReferenceCombo.h"
#include "services/Segments.h"
#include "store/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tandem {

ListFilterBar::ListFilterBar(const UiContext& context, RecordListView& view, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_view(view)
    , m_entity(view.model()->entity())
{
    setObjectName(QStringLiteral("filterBar"));
    const bool contacts = m_entity == QLatin1String("contact");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 0, 12, 8);
    layout->setSpacing(6);

    m_segments = addCombo(QStringLiteral("segments"), tr("Segment"),
        contacts ? tr("All contacts") : tr("All companies"));
    m_segments->setToolTip(tr("Saved filters (segments) for mailings, exports and reports"));
    m_segments->setMinimumContentsLength(12);
    m_owner = addCombo(QStringLiteral("owner"), tr("Owner"), tr("Any owner"));
    if (contacts) {
        m_company = new ReferenceCombo(context.session.records(), QStringLiteral("company"), this);
        m_company->setObjectName(QStringLiteral("company"));
        m_company->setAccessibleName(tr("Company"));
        m_company->lineEdit()->setPlaceholderText(tr("Any company"));
        m_company->setMinimumContentsLength(12);
        layout->addWidget(m_company);
        connect(m_company, &ReferenceCombo::edited, this, &ListFilterBar::apply);
    }
    m_status = addCombo(QStringLiteral("status"), tr("Status"), tr("Any status"));
    m_tag = addCombo(QStringLiteral("tag"), tr("Tag"), tr("Any tag"));
    m_industry = addCombo(QStringLiteral("industry"), tr("Industry"), tr("Any industry"));
    m_territory = addCombo(QStringLiteral("territory"), tr("Territory"), tr("Any territory"));
    if (contacts) {
        m_consent = addCombo(QStringLiteral("consent"), tr("Consent"), tr("Any consent"));
        for (const char* f : { "consent_email", "consent_phone", "consent_post" }) {
            const QString field = QString::fromLatin1(f);
            m_consent->addItem(
                EntitySchema::find(m_entity)->field(field)->translatedLabel(), field);
        }
    }
    m_idleDays = new QSpinBox(this);
    m_idleDays->setObjectName(QStringLiteral("idleDays"));
    m_idleDays->setAccessibleName(tr("Days without contact"));
    m_idleDays->setRange(0, 3650);
    m_idleDays->setSingleStep(30);
    m_idleDays->setSpecialValueText(tr("Any last contact"));
    //: The "no contact for N days" filter: "No contact for 90 days"
    m_idleDays->setPrefix(tr("No contact for "));
    m_idleDays->setSuffix(tr(" days"));
    m_idleDays->setToolTip(
        tr("Only those with no call, meeting, e-mail or note for this many days"));
    layout->addWidget(m_idleDays);
    layout->addStretch(1);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Show all records again"));
    m_save = new QPushButton(Icons::get(QStringLiteral("filter")), tr("Save as segment…"), this);
    m_save->setObjectName(QStringLiteral("saveSegment"));
    layout->addWidget(m_clear);
    layout->addWidget(m_save);

    const EntityDef* def = EntitySchema::find(m_entity);
    for (const QString& key : def->field(QStringLiteral("status"))->choices)
        m_status->addItem(ChoiceLabels::text(key), key);
    reloadChoices();
    reloadSegments();

    connect(m_idleDays, &QSpinBox::valueChanged, this, &ListFilterBar::apply);
    connect(m_clear, &QPushButton::clicked, this, &ListFilterBar::clear);
    connect(m_save, &QPushButton::clicked, this, &ListFilterBar::saveSegment);
    connect(m_segments, &QComboBox::activated, this,
        [this] { applySegment(m_segments->currentData().toString()); });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, &ListFilterBar::onRecordsChanged);
}

QComboBox* ListFilterBar::addCombo(
    const QString& name, const QString& spoken, const QString& allText)
{
    auto* box = new QComboBox(this);
    box->setObjectName(name);
    box->setAccessibleName(spoken);
    box->addItem(allText, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout()->addWidget(box);
    if (name != QLatin1String("segments"))
        connect(box, &QComboBox::activated, this, &ListFilterBar::apply);
    return box;
}

void ListFilterBar::fillRecords(QComboBox* box, const QString& entity)
{
    const QString current = box->currentData().toString();
    while (box->count() > 1)
        box->removeItem(1);
    auto records = m_ctx.session.records().list(entity);
    for (const Record& r : records ? *records : QList<Record> {})
        box->addItem(m_ctx.session.records().label(r), r.id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void ListFilterBar::reloadChoices()
{
    fillRecords(m_owner, QStringLiteral("user"));
    fillRecords(m_tag, QStringLiteral("tag"));
    fillRecords(m_territory, QStringLiteral("territory"));
    const QString current = m_industry->currentData().toString();
    while (m_industry->count() > 1)
        m_industry->removeItem(1);
    for (const QString& v : m_ctx.session.records().distinctValues(
             QStringLiteral("company"), QStringLiteral("industry")))
        m_industry->addItem(v, v);
    m_industry->setCurrentIndex(std::max(0, m_industry->findData(current)));
}

void ListFilterBar::reloadSegments(const QString& select)
{
    const QString current = select.isEmpty() ? m_segments->currentData().toString() : select;
    while (m_segments->count() > 1)
        m_segments->removeItem(1);
    for (const Record& s : Segments::list(m_ctx.session, m_entity))
        m_segments->addItem(s.text(QStringLiteral("name")), s.id);
    m_segments->setCurrentIndex(std::max(0, m_segments->findData(current)));
}

void ListFilterBar::onRecordsChanged(const QString& entity, const QString&)
{
    if (entity == QLatin1String("segment"))
        reloadSegments();
    else if (entity.isEmpty() || entity == QLatin1String("user") || entity == QLatin1String("tag")
        || entity == QLatin1String("territory"))
        reloadChoices();
}

QString ListFilterBar::viaCompany(const char* field) const
{
    const QString f = QString::fromLatin1(field);
    return m_entity == QLatin1String("contact") ? QStringLiteral("company_id.") + f : f;
}

ListQuery ListFilterBar::conditions() const
{
    ListQuery q;
    q.text = m_view.model()->filterText();
    if (const QString v = m_owner->currentData().toString(); !v.isEmpty())
        q.where << qMakePair(QStringLiteral("owner_id"), QVariant(v));
    if (m_company && !m_company->currentId().isEmpty())
        q.where << qMakePair(QStringLiteral("company_id"), QVariant(m_company->currentId()));
    if (const QString v = m_status->currentData().toString(); !v.isEmpty())
        q.where << qMakePair(QStringLiteral("status"), QVariant(v));
    if (const QString v = m_industry->currentData().toString(); !v.isEmpty())
        q.where << qMakePair(viaCompany("industry"), QVariant(v));
    if (const QString v = m_territory->currentData().toString(); !v.isEmpty())
        q.where << qMakePair(viaCompany("territory_id"), QVariant(v));
    if (m_consent) {
        if (const QString v = m_consent->currentData().toString(); !v.isEmpty())
            q.where << qMakePair(v, QVariant(true));
    }
    q.tagId = m_tag->currentData().toString();
    q.idleDays = m_idleDays->value();
    return q;
}

void ListFilterBar::apply()
{
    if (m_applying)
        return;
    // A hand-made change leaves the segment: the list no longer is what the segment says.
    m_segments->setCurrentIndex(0);
    m_view.model()->setConditions(conditions());
    emit conditionsChanged();
}

void ListFilterBar::clear()
{
    m_applying = true;
    for (QComboBox* box : { m_segments, m_owner, m_status, m_tag, m_industry, m_territory })
        box->setCurrentIndex(0);
    if (m_consent)
        m_consent->setCurrentIndex(0);
    if (m_company)
        m_company->setCurrentId({});
    m_idleDays->setValue(0);
    m_applying = false;
    m_view.setFilterText({});
    m_view.model()->setConditions(conditions());
    emit conditionsChanged();
}

bool ListFilterBar::applySegment(const QString& segmentId)
{
    if (segmentId.isEmpty()) {
        clear();
        return true;
    }
    const auto segment = m_ctx.session.records().get(QStringLiteral("segment"), segmentId);
    const auto query = segment ? Segments::query(*segment) : Result<ListQuery>(Error {});
    if (!segment || !query) {
        Prompter::warning(this, tr("Segment"), tr("This segment cannot be shown."),
            query ? QString() : query.error().message);
        return false;
    }
    m_applying = true;
    clear();
    m_applying = true;
    auto pick = [](QComboBox* box, const QVariant& value) {
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
    };
    for (const auto& [field, value] : query->where) {
        if (field == QLatin1String("owner_id"))
            pick(m_owner, value);
        else if (field == QLatin1String("company_id") && m_company)
            m_company->setCurrentId(value.toString());
        else if (field == QLatin1String("status"))
            pick(m_status, value);
        else if (field.endsWith(QLatin1String("industry")))
            pick(m_industry, value);
        else if (field.endsWith(QLatin1String("territory_id")))
            pick(m_territory, value);
        else if (field.startsWith(QLatin1String("consent_")) && m_consent)
            pick(m_consent, field);
    }
    pick(m_tag, query->tagId);
    m_idleDays->setValue(query->idleDays);
    m_segments->setCurrentIndex(std::max(0, m_segments->findData(segmentId)));
    m_applying = false;
    m_view.setFilterText(query->text);
    // Conditions this bar has no control for still apply (a segment made by the CLI).
    ListQuery shown = *query;
    m_view.model()->setConditions(shown);
    emit conditionsChanged();
    return true;
}

bool ListFilterBar::saveSegment()
{
    const auto name = Prompter::text(this, tr("Save as segment"),
        tr("Name of the segment (an existing one of that name is replaced):"),
        m_segments->currentIndex() > 0 ? m_segments->currentText() : QString());
    if (!name || name->trimmed().isEmpty())
        return false;
    QString savedId;
    //: Undo menu entry: "Save segment Vilnius customers"
    const QString step = tr("Save segment %1").arg(name->trimmed());
    const auto saved = BatchCommands::run(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, step, [&]() -> Result<void> {
            auto r = Segments::save(m_ctx.session, m_entity, *name, conditions());
            if (!r)
                return r.error();
            savedId = *r;
            return {};
        });
    if (!saved) {
        Prompter::warning(
            this, tr("Save as segment"), tr("The segment was not saved."), saved.error().message);
        return false;
    }
    reloadSegments(savedId);
    return true;
}

} // namespace tandem
