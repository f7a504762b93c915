// Tells every model and form that records changed, whoever wrote them (a form, undo, redo).
#pragma once

#include <QObject>
#include <QVariantMap>

namespace tandem {

class DataEvents : public QObject {
    Q_OBJECT
public:
    explicit DataEvents(QObject* parent = nullptr);

    // Call after a successful write; `id` is empty when many records of `entity` changed.
    void notifyChanged(const QString& entity, const QString& id = {});
    // Call when a write the user asked for (typically an undo or redo) was refused.
    void notifyFailed(const QString& message);
    // Asks the window to show a record in its module (a link on a card, a timeline entry).
    void requestOpen(const QString& entity, const QString& id);
    // Asks the window to start a new record in its module with these fields filled in.
    void requestNew(const QString& entity, const QVariantMap& preset);

signals:
    void recordsChanged(const QString& entity, const QString& id);
    void writeFailed(const QString& message);
    void openRequested(const QString& entity, const QString& id);
    void newRequested(const QString& entity, const QVariantMap& preset);
};

} // namespace tandem
