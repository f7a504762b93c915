#include "contacts/QuickLog.h"

#include "common/ChoiceLabels.h"
#include "common/DataEvents.h"
#include "common/Icons.h"
#include "common/Prompter.h"
#include "common/RecordCommands.h"
#include "services/OwnershipGuard.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kSubjectLength = 80;

} // namespace

QuickLog::QuickLog(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_log(new QPushButton(Icons::get(QStringLiteral("check")), tr("Log"), this))
{
    setObjectName(QStringLiteral("quickLog"));
    for (const char* kind : { "call", "meeting", "email", "note" }) {
        const QString key = QString::fromLatin1(kind);
        const QString icon = key == QLatin1String("call") ? QStringLiteral("phone")
            : key == QLatin1String("meeting")             ? QStringLiteral("calendar")
            : key == QLatin1String("email")               ? QStringLiteral("mail")
                                                          : QStringLiteral("note");
        m_kind->addItem(Icons::get(icon), ChoiceLabels::text(key), key);
    }
    m_text->setPlaceholderText(tr("What happened? The first line becomes the subject. "
                                  "Ctrl+Enter logs it, Esc closes."));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().height() * 4 + 12);
    m_text->installEventFilter(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_log->setToolTip(tr("Log it (Ctrl+Enter)"));
    auto* cancel = new QPushButton(tr("Close"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addStretch(1);
    row->addWidget(cancel);
    row->addWidget(m_log);
    layout->addLayout(row);
    layout->addWidget(m_text);
    layout->addWidget(m_error);

    connect(m_log, &QPushButton::clicked, this, &QuickLog::submit);
    connect(cancel, &QPushButton::clicked, this, &QuickLog::cancel);
    hide();
}

void QuickLog::setSubject(const QString& entity, const QString& id, const QString& companyId)
{
    if (id != m_id)
        cancel();
    m_entity = entity;
    m_id = id;
    m_companyId = companyId;
}

void QuickLog::start(const QString& kind)
{
    if (m_id.isEmpty())
        return;
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    m_error->hide();
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
}

void QuickLog::cancel()
{
    m_text->clear();
    m_error->hide();
    hide();
}

QString QuickLog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool QuickLog::submit()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Type what happened first."));
        m_error->show();
        return false;
    }
    QString subject = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (subject.size() > kSubjectLength)
        subject = subject.left(kSubjectLength - 1) + QChar(0x2026);
    const QString now = m_ctx.session.clock().nowUtc().toString(Qt::ISODateWithMs);
    QVariantMap values {
        { QStringLiteral("kind"), m_kind->currentData() },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("starts_at"), now },
        { QStringLiteral("done"), true },
        { QStringLiteral("done_at"), now },
    };
    if (text != subject)
        values.insert(QStringLiteral("notes"), text);
    if (!m_ctx.session.currentUserId().isEmpty())
        values.insert(QStringLiteral("owner_id"), m_ctx.session.currentUserId());
    if (m_entity == QLatin1String("contact"))
        values.insert(QStringLiteral("contact_id"), m_id);
    else
        values.insert(QStringLiteral("company_id"), m_id);
    if (!m_companyId.isEmpty())
        values.insert(QStringLiteral("company_id"), m_companyId);
    // Working a customer someone else owns: say so first, and tell the owner.
    const QString user = m_ctx.session.currentUserId();
    const QString warning = OwnershipGuard::warning(m_ctx.session, m_entity, m_id, user);
    if (!warning.isEmpty()
        && Prompter::question(this, tr("Someone else's customer"),
               tr("%1\n\nLog it anyway? The owner will be told.").arg(warning))
            != QMessageBox::Yes)
        return false;
    const auto created = RecordCommands::create(
        m_ctx.undoStack, m_ctx.session.records(), m_ctx.events, QStringLiteral("activity"), values);
    if (created && !warning.isEmpty()) {
        if (auto told = OwnershipGuard::notifyOwner(m_ctx.session, m_entity, m_id, user); told)
            m_ctx.events.notifyChanged(QStringLiteral("notification"));
    }
    if (!created) {
        m_error->setText(tr("Not logged: %1").arg(created.error().message));
        m_error->show();
        return false;
    }
    m_text->clear();
    m_error->hide();
    hide();
    emit logged(*created);
    return true;
}

bool QuickLog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancel();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tandem
