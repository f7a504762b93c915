#include "records/ReferenceCombo.h"

#include "store/RecordStore.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tandem {

ReferenceCombo::ReferenceCombo(const RecordStore& store, const QString& entity, QWidget* parent)
    : QComboBox(parent)
    , m_store(store)
    , m_entity(entity)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(14);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    addItem(QString(), QString());
    lineEdit()->setClearButtonEnabled(true);
    lineEdit()->setPlaceholderText(tr("Type a name…"));

    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(150);
    connect(&m_typingPause, &QTimer::timeout, this, [this] {
        load(lineEdit()->text().trimmed());
        if (QCompleter* c = this->completer()) {
            c->setCompletionPrefix(lineEdit()->text());
            if (lineEdit()->hasFocus() && !lineEdit()->text().isEmpty())
                c->complete();
        }
    });
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] {
        if (!m_complete)
            m_typingPause.start();
        emit edited();
    });
    connect(this, qOverload<int>(&QComboBox::activated), this, &ReferenceCombo::edited);
}

void ReferenceCombo::showPopup()
{
    if (m_loadedFor.isNull())
        load({});
    QComboBox::showPopup();
}

void ReferenceCombo::load(const QString& text)
{
    if (m_complete || (!m_loadedFor.isNull() && m_loadedFor == text))
        return;
    ListQuery query;
    query.text = text;
    query.limit = kLoadLimit + 1;
    const auto rows = m_store.list(m_entity, query);
    if (!rows)
        return;

    // Replacing the items must not disturb what the user is typing.
    const QString typed = lineEdit()->text();
    const int cursor = lineEdit()->cursorPosition();
    const QString current = currentId();
    {
        const QSignalBlocker blocker(this);
        while (count() > 1)
            removeItem(1);
        for (int i = 0; i < std::min(int(rows->size()), kLoadLimit); ++i)
            addItem(m_store.label(rows->at(i)), rows->at(i).id);
        if (!current.isEmpty() && indexOfId(current) < 0)
            insertItem(1, m_store.labelOf(m_entity, current), current);
        const int index = indexOfId(current);
        setCurrentIndex(index >= 0 && !current.isEmpty() ? index : 0);
        lineEdit()->setText(typed);
        lineEdit()->setCursorPosition(cursor);
    }
    m_loadedFor = text;
    m_complete = text.isEmpty() && rows->size() <= kLoadLimit;
}

void ReferenceCombo::setCurrentId(const QString& id)
{
    const QSignalBlocker blocker(this);
    if (id.isEmpty()) {
        setCurrentIndex(0);
        lineEdit()->clear();
        return;
    }
    int index = indexOfId(id);
    if (index < 0) {
        insertItem(1, m_store.labelOf(m_entity, id), id);
        index = 1;
    }
    setCurrentIndex(index);
}

QString ReferenceCombo::currentId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (currentIndex() > 0 && itemText(currentIndex()) == text)
        return itemData(currentIndex()).toString();
    const int index = indexOfText(text);
    return index > 0 ? itemData(index).toString() : QString();
}

bool ReferenceCombo::hasUnknownText() const
{
    return !currentText().trimmed().isEmpty() && currentId().isEmpty();
}

void ReferenceCombo::settle()
{
    m_typingPause.stop();
    if (hasUnknownText())
        load(currentText().trimmed());
}

int ReferenceCombo::indexOfId(const QString& id) const
{
    for (int i = 1; i < count(); ++i) {
        if (itemData(i).toString() == id)
            return i;
    }
    return -1;
}

int ReferenceCombo::indexOfText(const QString& text) const
{
    for (int i = 1; i < count(); ++i) {
        if (itemText(i).compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace tandem
