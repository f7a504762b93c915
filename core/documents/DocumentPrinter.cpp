#include "documents/DocumentPrinter.h"

#include "reports/PagePainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <memory>

namespace tandem::DocumentPrinter {

namespace {

// In 96-dpi pixels: 18 mm of logo, small grey running text.
constexpr qreal kLogoHeight = 18 / 25.4 * 96;
constexpr qreal kFooter = 30;
constexpr int kNamePixels = 14;
constexpr int kLinePixels = 10;
const QColor kGrey(0x55, 0x55, 0x55);

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

qreal letterheadHeight(const Letterhead& head)
{
    if (head.organisation.isEmpty() && head.lines.isEmpty() && head.logo.isNull())
        return 0;
    qreal text = 0;
    if (!head.organisation.isEmpty())
        text += QFontMetricsF(pixelFont(kNamePixels, true)).lineSpacing() + 2;
    text += head.lines.size() * QFontMetricsF(pixelFont(kLinePixels)).lineSpacing();
    const qreal logo = head.logo.isNull() ? 0 : kLogoHeight;
    return std::max(text, logo) + 16; // room for the rule under it
}

void paintLetterhead(QPainter& painter, const Letterhead& head, qreal width, qreal height)
{
    if (height <= 0)
        return;
    qreal textLeft = 0;
    if (!head.logo.isNull()) {
        const qreal w = kLogoHeight * head.logo.width() / std::max(1, head.logo.height());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(0, 0, w, kLogoHeight), head.logo);
        textLeft = w + 12;
    }
    // Beside a logo the organisation reads as a letterhead on the right; alone, on the left.
    const Qt::Alignment align = head.logo.isNull() ? Qt::AlignLeft : Qt::AlignRight;
    const QRectF area(textLeft, 0, width - textLeft, height);
    qreal y = 0;
    if (!head.organisation.isEmpty()) {
        const QFont font = pixelFont(kNamePixels, true);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y, area.width(), metrics.lineSpacing()),
            align | Qt::AlignVCenter,
            metrics.elidedText(head.organisation, Qt::ElideRight, area.width()));
        y += metrics.lineSpacing() + 2;
    }
    const QFont font = pixelFont(kLinePixels);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(kGrey);
    for (const QString& line : head.lines) {
        painter.drawText(QRectF(area.left(), y, area.width(), metrics.lineSpacing()),
            align | Qt::AlignVCenter, metrics.elidedText(line, Qt::ElideRight, area.width()));
        y += metrics.lineSpacing();
    }
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
    painter.drawLine(QPointF(0, height - 8), QPointF(width, height - 8));
}

// The page numbers speak the document's language, which need not be the window's.
QString pageNumberText(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Lithuanian:
        return QStringLiteral("Puslapis %1 iš %2");
    case QLocale::Polish:
        return QStringLiteral("Strona %1 z %2");
    case QLocale::Ukrainian:
        return QString::fromUtf8("Сторінка %1 з %2");
    case QLocale::Romanian:
        return QStringLiteral("Pagina %1 din %2");
    case QLocale::Russian:
        return QString::fromUtf8("Страница %1 из %2");
    default:
        return QStringLiteral("Page %1 of %2");
    }
}

void paintFooter(
    QPainter& painter, const QSizeF& page, const Options& options, int number, int count)
{
    const QFont font = pixelFont(kLinePixels);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
    const qreal top = page.height() - kFooter + 8;
    painter.drawLine(QPointF(0, top), QPointF(page.width(), top));
    painter.setPen(kGrey);
    const QRectF line(0, top + 2, page.width(), kFooter - 10);
    const QString pageText = pageNumberText(options.locale)
                                 .arg(options.locale.toString(number), options.locale.toString(count));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
    const qreal room = page.width() - metrics.horizontalAdvance(pageText) - 24;
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(options.title, Qt::ElideRight, room));
}

void collectTables(QTextFrame* frame, QList<QTextTable*>& out)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            out.append(table);
        collectTables(child, out);
    }
}

// Qt's HTML import drops <thead>, so a table split over pages would lose its column titles:
// count each table's <thead> rows in the HTML and hand them to the layout as header rows.
void repeatHeaderRows(QTextDocument& doc, const QString& html)
{
    static const QRegularExpression tag(
        QStringLiteral("<(/?)(table|thead|tr)\\b"), QRegularExpression::CaseInsensitiveOption);
    QList<int> headerRows; // per table, in the order the tables open
    QList<std::pair<qsizetype, bool>> open; // index into headerRows, inside <thead>
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const bool closing = !m.capturedView(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("table")) {
            if (closing) {
                if (!open.isEmpty())
                    open.removeLast();
            } else {
                open.append({ headerRows.size(), false });
                headerRows.append(0);
            }
        } else if (!open.isEmpty() && name == QLatin1String("thead")) {
            open.last().second = !closing;
        } else if (!open.isEmpty() && !closing && open.last().second) {
            ++headerRows[open.last().first];
        }
    }
    QList<QTextTable*> tables;
    collectTables(doc.rootFrame(), tables);
    if (tables.size() != headerRows.size())
        return; // markup the count cannot follow (a table in a comment): leave it as it is
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (headerRows[i] == 0)
            continue;
        QTextTableFormat format = tables[i]->format();
        format.setHeaderRowCount(headerRows[i]);
        tables[i]->setFormat(format);
    }
}

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error {
        QCoreApplication::translate("Documents", "cannot write the document: %1").arg(reason),
        QDir::toNativeSeparators(path), 0, {}
    };
}

} // namespace

int print(const QStringList& htmlDocuments, QPagedPaintDevice& device, const Options& options)
{
    const qreal header = letterheadHeight(options.letterhead);
    PagePainter pages(device, header, kFooter);

    // Every document is laid out first: "Page n of N" across a mail merge needs the total.
    std::vector<std::unique_ptr<QTextDocument>> docs;
    std::vector<int> counts;
    int total = 0;
    for (const QString& html : htmlDocuments) {
        auto doc = std::make_unique<QTextDocument>();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        doc->setHtml(html);
        repeatHeaderRows(*doc, html);
        counts.push_back(pages.layOut(*doc));
        total += counts.back();
        docs.push_back(std::move(doc));
    }

    int before = 0;
    for (std::size_t d = 0; d < docs.size(); ++d) {
        const int count = options.restartNumbersPerDocument ? counts[d] : total;
        const int offset = options.restartNumbersPerDocument ? 0 : before;
        pages.paint(*docs[d], [&](QPainter& painter, int index) {
            paintLetterhead(painter, options.letterhead, pages.pageSize().width(), header);
            paintFooter(painter, pages.pageSize(), options, offset + index + 1, count);
        });
        before += counts[d];
    }
    pages.end();
    return total;
}

namespace {

int printPdf(const QStringList& htmlDocuments, QPdfWriter& writer, const Options& options)
{
    writer.setResolution(300);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Tandem"));
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(18, 12, 15, 12), QPageLayout::Millimeter);
    return print(htmlDocuments, writer, options);
}

} // namespace

QByteArray pdf(const QStringList& htmlDocuments, const Options& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        printPdf(htmlDocuments, writer, options);
    }
    return bytes;
}

Result<void> writePdf(const QStringList& htmlDocuments, const QString& path, const Options& options)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return cannotWrite(path,
            QCoreApplication::translate("Documents", "the folder %1 does not exist")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    const QString part = path + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        printPdf(htmlDocuments, writer, options);
    }
    QFile written(part);
    if (!written.exists() || written.size() == 0) {
        written.remove();
        return cannotWrite(
            path, QCoreApplication::translate("Documents", "the folder is not writable"));
    }
    QFile::remove(path);
    if (!written.rename(path)) {
        const QString reason = written.errorString();
        written.remove();
        return cannotWrite(path, reason);
    }
    return {};
}

} // namespace tandem::DocumentPrinter
