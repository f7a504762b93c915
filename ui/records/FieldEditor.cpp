#include "records/FieldEditor.h"

#include "common/ChoiceLabels.h"
#include "common/Icons.h"
#include "domain/FieldFormat.h"
#include "records/DateField.h"
#include "records/FieldDisplay.h"
#include "records/ReferenceCombo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QUrl>

namespace tandem {

namespace {

bool isLineField(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Decimal2:
    case FieldType::Decimal3:
        return true;
    default:
        return false;
    }
}

// The currencies our users trade in first; any other ISO code can be typed.
const QStringList& commonCurrencies()
{
    static const QStringList codes { QStringLiteral("EUR"), QStringLiteral("PLN"),
        QStringLiteral("UAH"), QStringLiteral("RON"), QStringLiteral("MDL"), QStringLiteral("USD"),
        QStringLiteral("GBP"), QStringLiteral("CHF"), QStringLiteral("CZK"), QStringLiteral("SEK"),
        QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("HUF"),
        QStringLiteral("BGN") };
    return codes;
}

} // namespace

bool FieldEditor::canEdit(const FieldDef& field)
{
    return field.type != FieldType::Blob;
}

FieldEditor::FieldEditor(const FieldDef& field, const RecordStore& store, QWidget* parent)
    : QObject(parent)
    , m_field(field)
    , m_store(store)
{
    build(parent);
    m_widget->setAccessibleName(field.translatedLabel());
}

void FieldEditor::build(QWidget* parent)
{
    if (m_field.name == QLatin1String("currency")) {
        m_combo = new QComboBox(parent);
        m_combo->setEditable(true);
        m_combo->addItems(commonCurrencies());
        m_combo->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_combo));
        connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::edited);
        m_widget = m_combo;
        return;
    }
    switch (m_field.type) {
    case FieldType::LongText:
        m_text = new QPlainTextEdit(parent);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (m_text->toPlainText() != m_shownText)
                emit edited();
        });
        m_widget = m_text;
        return;
    case FieldType::Bool:
        m_check = new QCheckBox(parent);
        connect(m_check, &QCheckBox::clicked, this, &FieldEditor::edited);
        m_widget = m_check;
        return;
    case FieldType::Choice:
        m_combo = new QComboBox(parent);
        m_combo->addItem(QString(), QString());
        for (const QString& key : m_field.choices)
            m_combo->addItem(ChoiceLabels::text(key), key);
        connect(m_combo, qOverload<int>(&QComboBox::activated), this, &FieldEditor::edited);
        m_widget = m_combo;
        return;
    case FieldType::Ref:
        m_ref = new ReferenceCombo(m_store, m_field.refEntity, parent);
        connect(m_ref, &ReferenceCombo::edited, this, &FieldEditor::edited);
        m_widget = m_ref;
        return;
    case FieldType::Date:
    case FieldType::DateTime:
        m_date = new DateField(
            m_field.type == FieldType::Date ? DateField::Mode::Date : DateField::Mode::DateTime,
            parent);
        connect(m_date, &DateField::edited, this, &FieldEditor::edited);
        m_widget = m_date;
        return;
    default:
        break;
    }
    Q_ASSERT(isLineField(m_field.type));
    m_line = new QLineEdit(parent);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    m_widget = m_line;
    if (FieldDisplay::alignsRight(m_field))
        m_line->setAlignment(Qt::AlignRight);
    if (m_field.type == FieldType::Email) {
        QAction* write
            = m_line->addAction(Icons::get(QStringLiteral("mail")), QLineEdit::TrailingPosition);
        write->setToolTip(tr("Write an e-mail"));
        connect(write, &QAction::triggered, this, [this] {
            if (!m_line->text().trimmed().isEmpty())
                QDesktopServices::openUrl(
                    QUrl(QStringLiteral("mailto:") + m_line->text().trimmed()));
        });
    } else if (m_field.type == FieldType::Url) {
        QAction* open
            = m_line->addAction(Icons::get(QStringLiteral("link")), QLineEdit::TrailingPosition);
        open->setToolTip(tr("Open in the browser"));
        connect(open, &QAction::triggered, this, [this] {
            if (!m_line->text().trimmed().isEmpty())
                QDesktopServices::openUrl(QUrl::fromUserInput(m_line->text().trimmed()));
        });
    } else if (m_field.type == FieldType::Money) {
        // The amount with its currency code beside it.
        auto* box = new QWidget(parent);
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        m_line->setParent(box);
        layout->addWidget(m_line, 1);
        m_currency = new QLabel(box);
        m_currency->setMinimumWidth(
            m_currency->fontMetrics().horizontalAdvance(QStringLiteral("WWW")));
        layout->addWidget(m_currency);
        box->setFocusProxy(m_line);
        m_widget = box;
    }
}

QWidget* FieldEditor::input() const
{
    if (m_line)
        return m_line;
    if (m_text)
        return m_text;
    if (m_check)
        return m_check;
    if (m_ref)
        return m_ref;
    if (m_combo)
        return m_combo;
    return m_date ? static_cast<QWidget*>(m_date->lineEdit()) : m_widget;
}

void FieldEditor::setCurrency(const QString& currency)
{
    if (m_currency)
        m_currency->setText(currency);
}

void FieldEditor::setValue(const QVariant& stored, const QString& currency)
{
    m_stored = stored;
    setCurrency(currency);
    const QSignalBlocker blocker(this);
    if (m_line) {
        m_shownText = FieldDisplay::editText(m_field, stored, currency);
        m_line->setText(m_shownText);
        m_line->setCursorPosition(0);
    } else if (m_text) {
        m_shownText = stored.toString();
        m_text->setPlainText(m_shownText);
    } else if (m_check) {
        m_check->setChecked(stored.toBool());
    } else if (m_ref) {
        m_ref->setCurrentId(stored.toString());
    } else if (m_combo && m_combo->isEditable()) {
        m_shownText = stored.toString();
        const QSignalBlocker comboBlocker(m_combo);
        m_combo->setCurrentText(m_shownText);
    } else if (m_combo) {
        const QSignalBlocker comboBlocker(m_combo);
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(stored.toString())));
    } else if (m_date) {
        m_date->setStoredValue(stored.toString());
        m_shownText = m_date->lineEdit()->text();
    }
}

Error FieldEditor::fieldError(const QString& message) const
{
    return Error { message, {}, 0, m_field.name };
}

Result<QVariant> FieldEditor::value(const QString& currency) const
{
    if (m_line) {
        if (m_line->text() == m_shownText)
            return m_stored;
        return parseFieldText(m_field, m_line->text(), currency);
    }
    if (m_text) {
        if (m_text->toPlainText() == m_shownText)
            return m_stored;
        return parseFieldText(m_field, m_text->toPlainText(), currency);
    }
    if (m_check)
        return QVariant(m_check->isChecked());
    if (m_ref) {
        m_ref->settle();
        if (m_ref->hasUnknownText())
            return fieldError(
                tr("there is no %1 called “%2”; pick one from the list")
                    .arg(EntitySchema::find(m_field.refEntity)->translatedSingular().toLower(),
                        m_ref->currentText().trimmed()));
        const QString id = m_ref->currentId();
        return id.isEmpty() ? QVariant() : QVariant(id);
    }
    if (m_combo && m_combo->isEditable()) {
        if (m_combo->currentText() == m_shownText)
            return m_stored;
        return parseFieldText(m_field, m_combo->currentText().toUpper(), currency);
    }
    if (m_combo) {
        const QString key = m_combo->currentData().toString();
        return key.isEmpty() ? QVariant() : QVariant(key);
    }
    if (m_date) {
        if (m_date->lineEdit()->text() == m_shownText)
            return m_stored;
        auto v = m_date->storedValue();
        if (!v)
            return fieldError(v.error().message);
        return v;
    }
    return m_stored;
}

} // namespace tandem
