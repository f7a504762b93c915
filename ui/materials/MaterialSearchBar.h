// The search box and tag filter above the sales materials library and its picker: which library
// files to show (Materials::library does the word matching, the tag narrows it to one tag).
#pragma once

#include "documents/Materials.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace tandem {

class Session;

// Names as the user's language orders them ("Ąžuolas" beside "Arka", "Plan 10" after "Plan 9").
int compareNames(const QString& a, const QString& b);
void sortByName(QList<Material>& materials);

class MaterialSearchBar : public QWidget {
    Q_OBJECT
public:
    explicit MaterialSearchBar(Session& session, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* tagChoice() const { return m_tag; }
    // The tag chosen, empty for every tag.
    QString tag() const;
    // Picks a tag (empty: every tag); false when the library uses no such tag.
    bool setTag(const QString& tag);
    // The library files the search and the tag let through, by name (sortByName).
    QList<Material> materials() const;
    // Re-reads the tags in use (after files were added, retagged or removed), keeping the choice
    // while the tag is still used.
    void reloadTags();

signals:
    void changed();

private:
    Session& m_session;
    QLineEdit* m_search;
    QComboBox* m_tag;
};

} // namespace tandem
