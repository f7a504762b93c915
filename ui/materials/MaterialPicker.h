// Picks files from the sales materials library to attach: search, a tag, tick the files wanted.
#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>

class QListWidget;
class QPushButton;

namespace tandem {

class MaterialSearchBar;
class Session;

class MaterialPicker : public QDialog {
    Q_OBJECT
public:
    // In a test, takes the picker instead of the user (ticks rows through list()); true for OK.
    using Answer = std::function<bool(MaterialPicker& picker)>;

    MaterialPicker(Session& session, const QString& title, QWidget* parent = nullptr);

    MaterialSearchBar* searchBar() const { return m_searchBar; }
    // The files the search and tag let through, each a row with a tick box (its id in UserRole).
    QListWidget* list() const { return m_list; }
    // Ticks the file's row; false when it is not shown.
    bool tick(const QString& id);
    // The ticked files, in the order they were ticked; a tick stays while the search hides it.
    QStringList chosenIds() const { return m_chosen; }

    // Shows the picker; the ticked files' ids, empty when cancelled or none was ticked. A queued
    // test answer takes the picker's place.
    static QStringList choose(Session& session, const QString& title, QWidget* parent);
    static void answerNext(Answer answer);

private:
    void refill();

    MaterialSearchBar* m_searchBar;
    QListWidget* m_list;
    QPushButton* m_ok;
    QStringList m_chosen;
};

} // namespace tandem
