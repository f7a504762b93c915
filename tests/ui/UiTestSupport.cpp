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

QString addContact(RecordStore& rs, const QString& first, const QString& last, const QVariantMap& more)
{
    QVariantMap values = more;
    values.insert(QStringLiteral("first_name"), first);
    values.insert(QStringLiteral("last_name"), last);
    return create(rs, QStringLiteral("contact"), values);
}

} // namespace tandem::test
