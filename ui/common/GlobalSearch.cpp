#include "common/GlobalSearch.h"

#include "common/Icons.h"
#include "common/SearchHitDelegate.h"
#include "domain/EntitySchema.h"
#include "services/Experts.h"
#include "store/RecordStore.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QScreen>

namespace tandem {

namespace {

constexpr int kTypingPauseMs = 80;
constexpr int kPopupMinWidth = 460;

} // namespace

GlobalSearch::GlobalSearch(SearchIndex& index, QWidget* parent)
    : QLineEdit(parent)
    , m_index(index)
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search contacts, companies, leads, deals…  (Ctrl+K)"));
    setClearButtonEnabled(true);
    addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    setAccessibleName(tr("Search"));

    m_popup = new QListWidget(this);
    m_popup->setObjectName(QStringLiteral("globalSearchPopup"));
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setFocusProxy(this);
    m_popup->setMouseTracking(true);
    m_popup->setUniformItemSizes(true);
    m_popup->setIconSize(QSize(22, 22));
    m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_popup->setItemDelegate(new SearchHitDelegate(m_popup));
    m_popup->installEventFilter(this);
    connect(m_popup, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { openRow(m_popup->row(item)); });

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &GlobalSearch::refreshHits);
    connect(this, &QLineEdit::textEdited, this, [this] { m_typingPause.start(); });
    // The clear button does not count as editing.
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            refreshHits();
    });
}

void GlobalSearch::setOpenableEntities(const QStringList& entities)
{
    m_entities = entities;
}

QString GlobalSearch::detailOf(const SearchHit& hit, const QString& query) const
{
    if (!m_records || hit.entity != QLatin1String("user"))
        return hit.detail;
    const auto user = m_records->get(hit.entity, hit.id);
    const QStringList skills = user
        ? Experts::matchingSkills(user->text(QStringLiteral("skills")), query)
        : QStringList();
    if (skills.isEmpty())
        return hit.detail;
    const QString knows = tr("Knows: %1").arg(skills.join(QStringLiteral(", ")));
    return hit.detail.isEmpty() ? knows : knows + QStringLiteral(" · ") + hit.detail;
}

void GlobalSearch::activate()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
    if (!m_hits.isEmpty())
        showPopup();
}

bool GlobalSearch::isPopupVisible() const
{
    return m_popup->isVisible();
}

void GlobalSearch::refreshHits()
{
    m_typingPause.stop();
    m_hits.clear();
    m_popup->clear();
    const QString query = text().trimmed();
    if (query.isEmpty()) {
        hidePopup();
        return;
    }
    // Ask for more than we show: hits of record types no module opens are dropped.
    for (const SearchHit& hit : m_index.search(query, kMaxHits * 2)) {
        if (!m_entities.isEmpty() && !m_entities.contains(hit.entity))
            continue;
        m_hits << hit;
        if (m_hits.size() == kMaxHits)
            break;
    }
    for (SearchHit& hit : m_hits) {
        hit.detail = detailOf(hit, query);
        auto* item = new QListWidgetItem(Icons::forEntity(hit.entity), hit.label, m_popup);
        const EntityDef* def = EntitySchema::find(hit.entity);
        item->setData(SearchDetailRole, hit.detail);
        item->setData(SearchEntityNameRole, def ? def->translatedSingular() : hit.entity);
        item->setData(SearchEntityRole, hit.entity);
        item->setData(SearchIdRole, hit.id);
        item->setToolTip(
            hit.detail.isEmpty() ? hit.label : hit.label + QLatin1Char('\n') + hit.detail);
    }
    if (m_hits.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No matches for “%1”").arg(query), m_popup);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_popup->setCurrentRow(0);
    }
    if (hasFocus() || isPopupVisible())
        showPopup();
}

void GlobalSearch::showPopup()
{
    if (m_popup->count() == 0)
        return;
    const int rowHeight = m_popup->sizeHintForRow(0);
    const int rows = std::min(m_popup->count(), kMaxHits);
    const int frame = 2 * m_popup->frameWidth();
    const int width = std::max(this->width(), kPopupMinWidth);
    QPoint topLeft = mapToGlobal(QPoint(0, height() + 2));
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        topLeft.setX(std::clamp(topLeft.x(), available.left(), available.right() - width));
    }
    m_popup->setGeometry(QRect(topLeft, QSize(width, rows * rowHeight + frame)));
    if (!m_popup->isVisible()) {
        m_popup->show();
        setFocus(Qt::PopupFocusReason);
    }
}

void GlobalSearch::hidePopup()
{
    m_popup->hide();
}

void GlobalSearch::moveSelection(int delta)
{
    if (m_hits.isEmpty())
        return;
    if (!isPopupVisible()) {
        showPopup();
        return;
    }
    const int row = std::clamp(m_popup->currentRow() + delta, 0, int(m_hits.size()) - 1);
    m_popup->setCurrentRow(row);
}

void GlobalSearch::openRow(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const SearchHit hit = m_hits.at(row);
    hidePopup();
    emit openRequested(hit.entity, hit.id);
}

void GlobalSearch::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveSelection(1);
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter right after typing must not wait for the pause to end.
        if (m_typingPause.isActive())
            refreshHits();
        openRow(std::max(m_popup->currentRow(), 0));
        return;
    case Qt::Key_Escape:
        if (isPopupVisible())
            hidePopup();
        else
            clear();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

bool GlobalSearch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_popup)
        return QLineEdit::eventFilter(watched, event);
    // A popup takes the keyboard while open: keep navigation there, send typing to the box.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            keyPressEvent(key);
            return true;
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            return false;
        default:
            setFocus();
            QLineEdit::event(key);
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_popup->rect().contains(m_popup->mapFromGlobal(mouse->globalPosition().toPoint()))) {
            hidePopup();
            setFocus();
            return true;
        }
    }
    return false;
}

} // namespace tandem
