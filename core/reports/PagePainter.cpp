#include "reports/PagePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace tandem {

PagePainter::PagePainter(QPagedPaintDevice& device, qreal header, qreal footer)
    : m_device(device)
    , m_header(header)
    , m_footer(footer)
{
    const qreal scale = device.logicalDpiX() / 96.0;
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    m_page = QSizeF(page.width() / scale, page.height() / scale);
    m_painter.begin(&device);
    m_painter.setRenderHint(QPainter::Antialiasing);
    // In pixels of the 96-dpi page the painter is scaled to (points would be resolved at the
    // device's resolution and then scaled again).
    m_painter.scale(scale, scale);
}

int PagePainter::layOut(QTextDocument& doc) const
{
    doc.setPageSize(bodySize());
    return std::max(1, doc.pageCount());
}

int PagePainter::paint(QTextDocument& doc, const Decorate& decorate)
{
    const int pages = layOut(doc);
    const QSizeF body = bodySize();
    for (int i = 0; i < pages; ++i) {
        if (m_anyPage)
            m_device.newPage();
        m_anyPage = true;
        m_painter.save();
        decorate(m_painter, i);
        m_painter.restore();

        m_painter.save();
        m_painter.translate(0, m_header - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        m_painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&m_painter, ctx);
        m_painter.restore();
    }
    return pages;
}

} // namespace tandem
