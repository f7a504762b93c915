#include "UiTestSupport.h"

#include "common/Prompter.h"

#include <QTest>
#include <QWidget>

namespace tandem::test {

UiFixture::UiFixture()
    : db(TestDatabase::initialised())
{
    Prompter::reset();
}

bool waitFor(const std::function<bool()>& done, int ms)
{
    return QTest::qWaitFor(done, ms);
}

bool showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

QString addContact(
    RecordStore& rs, const QString& first, const QString& last, const QVariantMap& more)
{
    QVariantMap values = more;
    values.insert(QStringLiteral("first_name"), first);
    values.insert(QStringLiteral("last_name"), last);
    return create(rs, QStringLiteral("contact"), values);
}

QByteArray sampleFile(const char* head, int size)
{
    QByteArray b(head);
    for (int i = 0; b.size() < size; ++i)
        b.append(char((i * 37 + size) % 251));
    return b;
}

} // namespace tandem::test
