// A target below the board to drop deals on: "Won" or "Lost".
#pragma once

#include <QLabel>

namespace tandem {

class DropZone : public QLabel {
    Q_OBJECT
public:
    DropZone(const QString& text, const QColor& colour, QWidget* parent = nullptr);

signals:
    void dropped(const QStringList& dealIds);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);

    QColor m_colour;
};

} // namespace tandem
