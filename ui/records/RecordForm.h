// Shows and edits one record: editors generated from the entity's fields, Save through the undo
// stack (only the fields that changed), errors next to the field core refused, and its history.
#pragma once

#include "common/UiContext.h"
#include "util/Result.h"

#include "records/RecordPage.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace tandem {

class FieldEditor;
class RecordHistoryView;
class RecordPage;
struct EntityDef;
struct Record;

class RecordForm : public QWidget {
    Q_OBJECT
public:
    RecordForm(const UiContext& context, const QString& entity, QWidget* parent = nullptr);

    // Loads a record (empty id or a deleted record: the "pick a record" page).
    void showRecord(const QString& id);
    // An empty form for a new record; `preset` fills some fields (owner, currency … by default).
    void startNew(const QVariantMap& preset = {});
    void clear();
    // A read-only page shown before Details when a record opens (a contact's card); it follows
    // the record the form shows and is disabled while a new one is typed.
    void setOverviewPage(RecordPage* page, const QIcon& icon, const QString& title);
    void showDetails();
    // Writes the edited fields (or creates the record); false with the errors shown.
    bool save();
    // Back to the stored values (or away from a new record).
    void revert();
    // Asked with the values of a new record before it is created (a duplicate check); false
    // keeps the form open and creates nothing.
    using CreateCheck = std::function<bool(const QVariantMap& values)>;
    void setCreateCheck(CreateCheck check) { m_createCheck = std::move(check); }
    // Writes a new record instead of the plain create (a lead routed to its owner with its
    // first-contact task, a deal with its playbook); it puts its own step on the undo stack.
    using Creator = std::function<Result<QString>(const QVariantMap& values)>;
    void setCreator(Creator creator) { m_creator = std::move(creator); }
    // Writes edits instead of the plain update (a deal's stage change goes through its rules).
    using Updater = std::function<Result<void>(const QString& id, const QVariantMap& changes)>;
    void setUpdater(Updater updater) { m_updater = std::move(updater); }

    QString entity() const;
    QString recordId() const { return m_id; }
    bool isNew() const { return m_isNew; }
    bool isDirty() const { return m_dirty; }
    bool hasRecord() const { return m_isNew || !m_id.isEmpty(); }
    QString title() const;

    FieldEditor* editor(const QString& field) const;
    QString fieldError(const QString& field) const;
    QString errorText() const;
    RecordHistoryView* history() const { return m_history; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    void created(const QString& id);
    void deleteRequested();
    void stateChanged(); // a record shown or cleared, or the dirty flag changed

private:
    QWidget* buildDetails();
    QWidget* buildPlaceholder();
    void load(const Record& record);
    void setDirty(bool dirty);
    void updateHeader();
    void updateButtons();
    void showError(const Error& error);
    void clearErrors();
    QString parsingCurrency() const;
    void onRecordsChanged(const QString& entity, const QString& id);

    UiContext m_ctx;
    const EntityDef& m_def;
    QString m_id;
    bool m_isNew = false;
    CreateCheck m_createCheck;
    Creator m_creator;
    Updater m_updater;
    bool m_dirty = false;
    QVariantMap m_original;
    QList<FieldEditor*> m_editors;
    QHash<QString, QLabel*> m_errorLabels;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_delete = nullptr;
    RecordHistoryView* m_history = nullptr;
    RecordPage* m_overview = nullptr;
};

} // namespace tandem
