// Paints QTextDocument bodies page by page between a running header and footer that the caller
// draws: the one page loop behind printed reports and printed documents (offers, letters).
#pragma once

#include <QPainter>
#include <QSizeF>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace tandem {

class PagePainter {
public:
    // header and footer: their heights in 96-dpi pixels, the unit of everything here.
    PagePainter(QPagedPaintDevice& device, qreal header, qreal footer);
    PagePainter(const PagePainter&) = delete;
    PagePainter& operator=(const PagePainter&) = delete;

    QSizeF pageSize() const { return m_page; } // the area inside the device's margins
    QSizeF bodySize() const { return { m_page.width(), m_page.height() - m_header - m_footer }; }

    // The pages doc takes once laid out on bodySize() (at least one).
    int layOut(QTextDocument& doc) const;

    // Paints doc from a fresh page; decorate paints the header and footer of doc's page `index`
    // (0-based) with a saved painter state. Returns doc's page count.
    using Decorate = std::function<void(QPainter& painter, int index)>;
    int paint(QTextDocument& doc, const Decorate& decorate);

    void end() { m_painter.end(); }

private:
    QPagedPaintDevice& m_device;
    QPainter m_painter;
    QSizeF m_page;
    qreal m_header;
    qreal m_footer;
    bool m_anyPage = false;
};

} // namespace tandem
