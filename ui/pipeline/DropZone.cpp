#include "pipeline/DropZone.h"

#include "pipeline/BoardModel.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace tandem {

DropZone::DropZone(const QString& text, const QColor& colour, QWidget* parent)
    : QLabel(text, parent)
    , m_colour(colour)
{
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(40);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setHighlighted(false);
}

void DropZone::setHighlighted(bool on)
{
    setStyleSheet(QStringLiteral("QLabel { border: 2px dashed %1; border-radius: 8px; color: %1;"
                                 " background: %2; }")
                      .arg(m_colour.name(),
                          on ? m_colour.lighter(185).name() : QStringLiteral("transparent")));
}

void DropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (!BoardModel::dealIds(event->mimeData()).isEmpty()) {
        setHighlighted(true);
        event->acceptProposedAction();
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QLabel::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    const QStringList ids = BoardModel::dealIds(event->mimeData());
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drag has finished: the answer may open a dialog and reload the board.
    QMetaObject::invokeMethod(
        this, [this, ids] { emit dropped(ids); }, Qt::QueuedConnection);
}

} // namespace tandem
