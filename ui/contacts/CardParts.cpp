#include "contacts/CardParts.h"

#include "common/DataEvents.h"
#include "common/Headings.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

namespace tandem {

namespace {

const QColor kAvatarColours[]
    = { QColor(0x3f, 0x6f, 0xb5), QColor(0x2e, 0x8b, 0x6e), QColor(0x9c, 0x5b, 0xb5),
          QColor(0xc0, 0x6a, 0x2b), QColor(0x4a, 0x7f, 0x93), QColor(0xb5, 0x4a, 0x5e) };

QString initials(const QString& name)
{
    QString out;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetter())
            out += word.at(0).toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

} // namespace

QPixmap CardParts::avatar(const QString& name, const QByteArray& photo, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(0, 0, size, size);
    QImage image;
    if (!photo.isEmpty() && image.loadFromData(photo)) {
        p.setClipPath(circle);
        const QImage scaled
            = image.scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        p.drawImage(QPoint((size - scaled.width()) / 2, (size - scaled.height()) / 2), scaled);
        return pixmap;
    }
    const size_t colour = qHash(name) % std::size(kAvatarColours);
    p.fillPath(circle, kAvatarColours[colour]);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(size * 2 / 5);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials(name));
    return pixmap;
}

QString CardParts::chip(const QString& text, const QString& colour)
{
    // Chips are pastel whatever the theme, so their text is dark in a dark theme too.
    return QStringLiteral(
        "<span style=\"background-color:%1; color:#1f2937;\">&nbsp;%2&nbsp;</span>")
        .arg(colour, text.toHtmlEscaped());
}

QString CardParts::telLink(const QString& number)
{
    QString dial;
    for (const QChar c : number) {
        if (c.isDigit() || (c == QLatin1Char('+') && dial.isEmpty()))
            dial += c;
    }
    return QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(dial, number.toHtmlEscaped());
}

QString CardParts::mailLink(const QString& address)
{
    const QString a = address.trimmed();
    return QStringLiteral("<a href=\"mailto:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(a, "@+.-_")), a.toHtmlEscaped());
}

QString CardParts::webLink(const QString& url)
{
    QString href = url.trimmed();
    if (!href.contains(QLatin1String("://")))
        href.prepend(QStringLiteral("https://"));
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(
            QUrl(href).toString(QUrl::FullyEncoded).toHtmlEscaped(), url.trimmed().toHtmlEscaped());
}

QString CardParts::recordLink(const QString& entity, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"record:%1/%2\">%3</a>").arg(entity, id, text.toHtmlEscaped());
}

QLabel* CardParts::linkLabel(DataEvents& events, QWidget* parent)
{
    auto* label = new QLabel(parent);
    makeFactsLabel(label);
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, label, [&events](const QString& link) {
        if (link.startsWith(QLatin1String("record:"))) {
            const QString target = link.mid(7);
            events.requestOpen(
                target.section(QLatin1Char('/'), 0, 0), target.section(QLatin1Char('/'), 1));
            return;
        }
        QDesktopServices::openUrl(QUrl(link));
    });
    return label;
}

QLabel* CardParts::heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

} // namespace tandem
