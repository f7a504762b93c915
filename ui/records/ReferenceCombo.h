// Picks the record a reference points to by its name: type to narrow the list, empty for none.
// Only a hundred names are loaded at a time; typing asks the store for the matching ones.
#pragma once

#include <QComboBox>
#include <QTimer>

namespace tandem {

class RecordStore;

class ReferenceCombo : public QComboBox {
    Q_OBJECT
public:
    ReferenceCombo(const RecordStore& store, const QString& entity, QWidget* parent = nullptr);

    void setCurrentId(const QString& id);
    // Empty for none, and when the text names no record (see hasUnknownText()).
    QString currentId() const;
    bool hasUnknownText() const;
    // Loads the names matching the typed text now, so currentId() finds one typed in full.
    void settle();
    QString entity() const { return m_entity; }

    void showPopup() override;

    static constexpr int kLoadLimit = 100;

signals:
    void edited();

private:
    void load(const QString& text);
    int indexOfId(const QString& id) const;
    int indexOfText(const QString& text) const;

    const RecordStore& m_store;
    QString m_entity;
    QString m_loadedFor; // the text the loaded names match; null: not loaded yet
    bool m_complete = false; // every record of the entity is loaded
    QTimer m_typingPause;
};

} // namespace tandem
