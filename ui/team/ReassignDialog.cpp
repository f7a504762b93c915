#include "team/ReassignDialog.h"

#include "services/Territories.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace tandem {

ReassignDialog::ReassignDialog(Session& session, const QString& territoryId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_territoryId(territoryId)
    , m_owner(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    RecordStore& rs = session.records();
    const auto territory = rs.get(QStringLiteral("territory"), territoryId);
    const QString name = territory ? territory->text(QStringLiteral("name")) : QString();
    const QString owner = territory ? territory->text(QStringLiteral("owner_id")) : QString();
    setWindowTitle(tr("Reassign territory"));
    setObjectName(QStringLiteral("reassignDialog"));

    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(owner.isEmpty() ? tr("Give territory “%1” an owner.").arg(name)
                                     : tr("Hand territory “%1” over from %2 to:")
                                           .arg(name, rs.labelOf(QStringLiteral("user"), owner)),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("New owner"), m_owner);
    layout->addLayout(form);
    m_preview->setObjectName(QStringLiteral("reassignPreview"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_preview);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reassign"));
    layout->addWidget(m_buttons);

    // Active colleagues other than the owner, by name.
    m_owner->addItem(tr("Choose…"), QString());
    auto users = rs.list(QStringLiteral("user"));
    QList<Record> offered;
    if (users) {
        for (const Record& u : *users) {
            const QVariant active = u.value(QStringLiteral("active"));
            if (u.id != owner && (isEmptyValue(active) || active.toBool()))
                offered << u;
        }
    }
    std::sort(offered.begin(), offered.end(), [](const Record& a, const Record& b) {
        return a.text(QStringLiteral("name")).localeAwareCompare(b.text(QStringLiteral("name")))
            < 0;
    });
    for (const Record& u : offered)
        m_owner->addItem(u.text(QStringLiteral("name")), u.id);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &ReassignDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    resize(460, sizeHint().height());
}

QString ReassignDialog::newOwnerId() const
{
    return m_owner->currentData().toString();
}

bool ReassignDialog::setNewOwner(const QString& userId)
{
    const int index = m_owner->findData(userId);
    if (index < 1)
        return false;
    m_owner->setCurrentIndex(index);
    return true;
}

void ReassignDialog::updatePreview()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (newOwnerId().isEmpty()) {
        m_preview->setText(tr("Their open accounts, deals, leads and tasks here move with it."));
        ok->setEnabled(false);
        return;
    }
    auto preview = Territories::previewReassign(m_session, m_territoryId, newOwnerId());
    ok->setEnabled(preview.ok());
    if (!preview) {
        m_preview->setText(preview.error().message);
        return;
    }
    m_preview->setText(preview->fromUserId.isEmpty()
            ? tr("The territory had no owner, so no records move.")
            : tr("Moves to %1: %2.")
                  .arg(m_owner->currentText(), Territories::countsText(*preview)));
}

} // namespace tandem
