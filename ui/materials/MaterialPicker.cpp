#include "materials/MaterialPicker.h"

#include "documents/Materials.h"
#include "materials/MaterialSearchBar.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QQueue>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tandem {

namespace {

QQueue<MaterialPicker::Answer>& answers()
{
    static QQueue<MaterialPicker::Answer> queue;
    return queue;
}

} // namespace

MaterialPicker::MaterialPicker(Session& session, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_searchBar(new MaterialSearchBar(session, this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("materialPicker"));
    setWindowTitle(title);
    resize(560, 440);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchBar);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Attach"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_searchBar, &MaterialSearchBar::changed, this, &MaterialPicker::refill);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        m_chosen.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_chosen << id;
        m_ok->setEnabled(!m_chosen.isEmpty());
    });
    // A click on the name ticks it, as on the box.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem* item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    refill();
}

bool MaterialPicker::tick(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->item(i)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void MaterialPicker::refill()
{
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const Material& m : m_searchBar->materials()) {
        QString text = m.name + QStringLiteral("  ·  ") + QLocale().formattedDataSize(m.size);
        if (!m.tags.isEmpty())
            text += QStringLiteral("  ·  ") + Materials::joinTags(m.tags);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosen.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

QStringList MaterialPicker::choose(Session& session, const QString& title, QWidget* parent)
{
    MaterialPicker picker(session, title, parent);
    const bool accepted
        = answers().isEmpty() ? picker.exec() == QDialog::Accepted : answers().dequeue()(picker);
    return accepted ? picker.chosenIds() : QStringList();
}

void MaterialPicker::answerNext(Answer answer)
{
    answers().enqueue(std::move(answer));
}

} // namespace tandem
