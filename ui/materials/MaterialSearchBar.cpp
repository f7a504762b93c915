#include "materials/MaterialSearchBar.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <optional>

namespace tandem {

int compareNames(const QString& a, const QString& b)
{
    static std::optional<QCollator> collator;
    if (!collator || collator->locale() != QLocale()) {
        collator.emplace(QLocale());
        collator->setCaseSensitivity(Qt::CaseInsensitive);
        collator->setNumericMode(true);
    }
    return collator->compare(a, b);
}

void sortByName(QList<Material>& materials)
{
    std::stable_sort(materials.begin(), materials.end(),
        [](const Material& a, const Material& b) { return compareNames(a.name, b.name) < 0; });
}

MaterialSearchBar::MaterialSearchBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("materialSearch"));
    m_search->setPlaceholderText(
        tr("Search by name or tag: “pri bro” finds a price list brochure"));
    m_search->setClearButtonEnabled(true);
    m_tag->setObjectName(QStringLiteral("materialTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_tag);
    connect(m_search, &QLineEdit::textChanged, this, &MaterialSearchBar::changed);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &MaterialSearchBar::changed);
    reloadTags();
}

QString MaterialSearchBar::tag() const
{
    return m_tag->currentData().toString();
}

bool MaterialSearchBar::setTag(const QString& tag)
{
    const int i = tag.isEmpty() ? 0 : m_tag->findData(tag);
    if (i < 0)
        return false;
    m_tag->setCurrentIndex(i);
    return true;
}

QList<Material> MaterialSearchBar::materials() const
{
    QList<Material> shown = Materials::library(m_session, m_search->text().trimmed());
    const QString wanted = tag();
    if (!wanted.isEmpty())
        shown.removeIf([&](const Material& m) { return !m.tags.contains(wanted); });
    sortByName(shown);
    return shown;
}

void MaterialSearchBar::reloadTags()
{
    const QString chosen = tag();
    const QSignalBlocker quiet(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& t : Materials::tags(m_session))
        m_tag->addItem(t, t);
    const int keep = chosen.isEmpty() ? 0 : m_tag->findData(chosen);
    m_tag->setCurrentIndex(std::max(0, keep));
    // The chosen tag is gone (its last file was retagged or removed): every file shows again.
    if (!chosen.isEmpty() && keep < 0)
        emit changed();
}

} // namespace tandem
