#include "quotes/ProductPicker.h"

#include "records/FieldDisplay.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

ProductPicker::ProductPicker(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Add product"));
    resize(520, 420);
    auto* layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(tr("Search the catalogue by name or code"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to quote"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ProductPicker::refill);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this, buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    refill();
}

QString ProductPicker::chosenId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProductPicker::refill()
{
    m_list->clear();
    ListQuery q;
    q.text = m_search->text().trimmed();
    q.limit = 200;
    auto rows = m_session.records().list(QStringLiteral("product"), q);
    if (!rows)
        return;
    for (const Record& p : *rows) {
        QString text = p.text(QStringLiteral("name"));
        const QString sku = p.text(QStringLiteral("sku"));
        if (!sku.isEmpty())
            text += QStringLiteral("  ·  ") + sku;
        const QVariant price = p.value(QStringLiteral("price"));
        if (!isEmptyValue(price))
            text += QStringLiteral("  ·  ")
                + FieldDisplay::money(price.toLongLong(), p.text(QStringLiteral("currency")));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

} // namespace tandem
