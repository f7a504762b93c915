#include "records/RecordForm.h"
#include "common/Headings.h"

#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/RecordCommands.h"
#include "records/FieldDisplay.h"
#include "records/FieldEditor.h"
#include "records/RecordHistoryView.h"
#include "store/Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

bool sameStored(const FieldDef& field, const QVariant& a, const QVariant& b)
{
    if (field.type == FieldType::Bool)
        return a.toBool() == b.toBool(); // unset reads as "no"
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) && isEmptyValue(b);
    if (field.isStoredAsInteger())
        return a.toLongLong() == b.toLongLong();
    return a.toString() == b.toString();
}

// Fields a person edits: not the fixed kind of a task, not file contents or photos.
bool showsInForm(const EntityDef& def, const FieldDef& field)
{
    return FieldEditor::canEdit(field) && field.name != def.fixedField && !field.internal()
        && field.refEntity != QLatin1String("attachment");
}

} // namespace

RecordForm::RecordForm(const UiContext& context, const QString& entity, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_def(*EntitySchema::find(entity))
{
    setObjectName(QStringLiteral("recordForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildPlaceholder());
    m_pages->addWidget(buildDetails());
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, &RecordForm::onRecordsChanged);
    clear();
}

QWidget* RecordForm::buildPlaceholder()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto* icon = new QLabel(page);
    icon->setPixmap(Icons::forEntity(m_def.name).pixmap(QSize(56, 56), QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto* text = new QLabel(tr("Pick one from the list, or press New to add one."), page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text);
    layout->addStretch(3);
    return page;
}

QWidget* RecordForm::buildDetails()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("recordTitle"));
    makeHeading(m_title, 1.45);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(page);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_scroll = new QScrollArea(m_tabs);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* fields = new QWidget(m_scroll);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(2, 10, 10, 10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(7);
    QColor errorColor(0xc6, 0x28, 0x28);
    for (const FieldDef& field : m_def.fields) {
        if (!showsInForm(m_def, field))
            continue;
        auto* editor = new FieldEditor(field, m_ctx.session.records(), fields);
        editor->setObjectName(field.name);
        connect(editor, &FieldEditor::edited, this, [this] { setDirty(true); });
        m_editors << editor;

        auto* cell = new QWidget(fields);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        editor->widget()->setParent(cell);
        cellLayout->addWidget(editor->widget());
        auto* error = new QLabel(cell);
        error->setWordWrap(true);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, errorColor);
        error->setPalette(palette);
        error->hide();
        cellLayout->addWidget(error);
        m_errorLabels.insert(field.name, error);

        auto* label = new QLabel(field.translatedLabel(), fields);
        label->setBuddy(editor->input());
        if (field.required()) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        form->addRow(label, cell);
    }
    m_scroll->setWidget(fields);
    m_tabs->addTab(m_scroll, tr("Details"));
    m_history = new RecordHistoryView(m_ctx.session.records(), m_tabs);
    m_tabs->addTab(m_history, Icons::get(QStringLiteral("history")), tr("History"));

    m_banner = new QLabel(page);
    m_banner->setObjectName(QStringLiteral("formError"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #f3b9b4;"
                       " border-radius: 4px; padding: 6px 8px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* buttons = new QHBoxLayout;
    m_delete = new QPushButton(Icons::get(QStringLiteral("delete")), tr("Delete…"), page);
    m_delete->setFlat(true);
    m_revert = new QPushButton(Icons::get(QStringLiteral("revert")), tr("Revert"), page);
    m_save = new QPushButton(Icons::get(QStringLiteral("save")), tr("Save"), page);
    m_save->setDefault(true);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &RecordForm::revert);
    connect(m_delete, &QPushButton::clicked, this, &RecordForm::deleteRequested);
    return page;
}

QString RecordForm::entity() const
{
    return m_def.name;
}

FieldEditor* RecordForm::editor(const QString& field) const
{
    for (FieldEditor* e : m_editors) {
        if (e->field().name == field)
            return e;
    }
    return nullptr;
}

QString RecordForm::fieldError(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString RecordForm::errorText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString RecordForm::title() const
{
    return m_title->text();
}

void RecordForm::clear()
{
    m_id.clear();
    m_isNew = false;
    m_original.clear();
    clearErrors();
    m_history->setRecord(m_def.name, {});
    if (m_overview)
        m_overview->showRecord({});
    m_pages->setCurrentIndex(0);
    setDirty(false);
    emit stateChanged();
}

void RecordForm::setOverviewPage(RecordPage* page, const QIcon& icon, const QString& title)
{
    m_overview = page;
    connect(page, &RecordPage::editRequested, this, &RecordForm::showDetails);
    m_tabs->insertTab(0, page, icon, title);
    m_tabs->setCurrentIndex(0);
    page->showRecord(m_isNew ? QString() : m_id);
}

void RecordForm::showDetails()
{
    m_tabs->setCurrentWidget(m_scroll);
}

void RecordForm::showRecord(const QString& id)
{
    const auto record = id.isEmpty() ? std::nullopt : m_ctx.session.records().get(m_def.name, id);
    if (!record) {
        clear();
        return;
    }
    m_isNew = false;
    load(*record);
    m_tabs->setCurrentIndex(0); // the overview when there is one, else the details
    m_scroll->ensureVisible(0, 0);
}

void RecordForm::load(const Record& record)
{
    m_id = record.id;
    m_original = record.fields;
    const QString currency = m_ctx.session.records().currencyOf(record);
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setValue(record.value(editor->field().name), currency);
    clearErrors();
    m_history->setRecord(m_def.name, m_id);
    if (m_overview)
        m_overview->showRecord(m_id);
    m_pages->setCurrentIndex(1);
    setDirty(false);
    updateHeader();
    emit stateChanged();
}

void RecordForm::startNew(const QVariantMap& preset)
{
    QVariantMap values;
    // Sensible starting values: mine, in our currency, of the first kind.
    if (m_def.field(QStringLiteral("owner_id")) && !m_ctx.session.currentUserId().isEmpty())
        values.insert(QStringLiteral("owner_id"), m_ctx.session.currentUserId());
    if (m_def.hasCurrency())
        values.insert(QStringLiteral("currency"), m_ctx.session.defaultCurrency());
    for (const FieldDef& field : m_def.fields) {
        if (field.type == FieldType::Choice && field.required() && field.name != m_def.fixedField)
            values.insert(field.name, field.choices.value(0));
    }
    for (auto it = preset.begin(); it != preset.end(); ++it)
        values.insert(it.key(), it.value());

    m_id.clear();
    m_isNew = true;
    m_original.clear();
    const QString currency
        = values.value(QStringLiteral("currency"), m_ctx.session.defaultCurrency()).toString();
    for (FieldEditor* editor : std::as_const(m_editors)) {
        editor->setValue(QVariant(), currency);
        if (values.contains(editor->field().name))
            editor->setValue(values.value(editor->field().name), currency);
    }
    // Preset values count as the user's: they are written on Create.
    m_original = {};
    clearErrors();
    m_history->setRecord(m_def.name, {});
    if (m_overview)
        m_overview->showRecord({});
    m_pages->setCurrentIndex(1);
    m_tabs->setCurrentWidget(m_scroll);
    setDirty(false);
    updateHeader();
    emit stateChanged();
    if (!m_editors.isEmpty())
        m_editors.first()->input()->setFocus(Qt::OtherFocusReason);
}

void RecordForm::revert()
{
    if (m_isNew) {
        clear();
        return;
    }
    showRecord(m_id);
}

QString RecordForm::parsingCurrency() const
{
    if (FieldEditor* currency = editor(QStringLiteral("currency"))) {
        const auto value = currency->value(m_ctx.session.defaultCurrency());
        if (value && !isEmptyValue(*value))
            return value->toString().toUpper();
    }
    const QString stored = m_original.value(QStringLiteral("currency")).toString();
    return stored.isEmpty() ? m_ctx.session.defaultCurrency() : stored;
}

bool RecordForm::save()
{
    if (!hasRecord())
        return false;
    clearErrors();
    const QString currency = parsingCurrency();
    QVariantMap changes;
    QList<Error> errors;
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const FieldDef& field = editor->field();
        const auto value = editor->value(currency);
        if (!value) {
            Error e = value.error();
            e.field = field.name;
            errors << e;
            continue;
        }
        const bool changed = m_isNew ? !sameStored(field, *value, QVariant())
                                     : !sameStored(field, *value, m_original.value(field.name));
        if (changed)
            changes.insert(field.name, *value);
    }
    if (!errors.isEmpty()) {
        for (const Error& e : std::as_const(errors))
            showError(e);
        return false;
    }

    if (m_isNew) {
        if (m_createCheck && !m_createCheck(changes))
            return false;
        const auto id = m_creator ? m_creator(changes)
                                  : RecordCommands::create(m_ctx.undoStack, m_ctx.session.records(),
                                      m_ctx.events, m_def.name, changes);
        if (!id) {
            showError(id.error());
            return false;
        }
        showRecord(*id);
        emit created(*id);
        return true;
    }
    if (changes.isEmpty()) {
        setDirty(false);
        return true;
    }
    const auto written = m_updater ? m_updater(m_id, changes)
                                   : RecordCommands::edit(m_ctx.undoStack, m_ctx.session.records(),
                                       m_ctx.events, m_def.name, m_id, changes);
    if (!written) {
        showError(written.error());
        return false;
    }
    showRecord(m_id);
    return true;
}

void RecordForm::showError(const Error& error)
{
    const FieldDef* field = m_def.field(error.field);
    const QString text
        = field ? tr("%1: %2").arg(field->translatedLabel(), error.message) : error.message;
    const bool firstError = m_banner->isHidden();
    if (QLabel* label = m_errorLabels.value(error.field)) {
        label->setText(text);
        label->show();
        FieldEditor* e = editor(error.field);
        if (e && firstError) {
            m_tabs->setCurrentWidget(m_scroll);
            m_scroll->ensureWidgetVisible(e->widget());
            e->input()->setFocus(Qt::OtherFocusReason);
        }
    }
    const QString banner
        = firstError ? tr("Not saved. %1").arg(text) : m_banner->text() + QLatin1Char('\n') + text;
    m_banner->setText(banner);
    m_banner->show();
}

void RecordForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_banner->clear();
    m_banner->hide();
}

void RecordForm::setDirty(bool dirty)
{
    const bool changed = dirty != m_dirty;
    m_dirty = dirty;
    updateButtons();
    if (changed)
        emit stateChanged();
}

void RecordForm::updateButtons()
{
    m_save->setText(m_isNew ? tr("Create") : tr("Save"));
    m_save->setEnabled(m_isNew || m_dirty);
    m_revert->setText(m_isNew ? tr("Cancel") : tr("Revert"));
    m_revert->setEnabled(m_isNew || m_dirty);
    m_delete->setVisible(!m_isNew);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_history), !m_isNew);
    if (m_overview)
        m_tabs->setTabEnabled(m_tabs->indexOf(m_overview), !m_isNew);
}

void RecordForm::updateHeader()
{
    if (m_isNew) {
        m_title->setText(tr("New %1").arg(m_def.translatedSingular().toLower()));
        m_subtitle->setText(m_def.translatedSingular());
        updateButtons();
        return;
    }
    RecordStore& store = m_ctx.session.records();
    const auto record = store.get(m_def.name, m_id);
    if (!record)
        return;
    m_title->setText(store.label(*record));
    const QDateTime created
        = QDateTime::fromString(record->text(QStringLiteral("created_at")), Qt::ISODateWithMs);
    const QString by
        = store.labelOf(QStringLiteral("user"), record->text(QStringLiteral("created_by")));
    const QString when = created.isValid()
        ? created.toLocalTime().date().toString(FieldDisplay::dateFormat())
        : QString();
    //: Under a record's name: "Contact · added 15/06/2026 by Ona Petraitienė"
    m_subtitle->setText(by.isEmpty()
            ? tr("%1 · added %2").arg(m_def.translatedSingular(), when)
            : tr("%1 · added %2 by %3").arg(m_def.translatedSingular(), when, by));
    m_tabs->setTabText(
        m_tabs->indexOf(m_history), tr("History (%1)").arg(m_history->topLevelItemCount()));
    updateButtons();
}

void RecordForm::onRecordsChanged(const QString& entity, const QString& id)
{
    if (m_id.isEmpty())
        return;
    const EntityDef* def = EntitySchema::find(entity);
    if (!def || def->table != m_def.table || (!id.isEmpty() && id != m_id))
        return;
    // Undo or redo of this record: show what is stored now, unless the user is mid-edit.
    const auto record = m_ctx.session.records().get(m_def.name, m_id);
    if (!record) {
        clear();
        return;
    }
    if (!m_dirty)
        load(*record);
    else
        m_history->refresh();
}

} // namespace tandem
