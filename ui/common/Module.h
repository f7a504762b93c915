// One sidebar entry of the main window: what it is called, its screen, and which records it opens.
#pragma once

#include <QVariantMap>

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace tandem {

class Module {
public:
    virtual ~Module() = default;

    // Stable, untranslated key: remembered in the settings as the last module used.
    virtual QString key() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Builds the module's screen once; the main window owns the widget afterwards.
    virtual QWidget* createWidget(QWidget* parent) = 0;
    // Commands shown in the window's Record menu and toolbar while the module is current.
    virtual QList<QAction*> actions() const = 0;
    // The entities whose records this module can show.
    virtual QStringList entities() const = 0;
    // Shows one record; false when the module cannot (unknown entity or id).
    virtual bool open(const QString& entity, const QString& id) = 0;
    // Starts a new record with some fields filled in (a case for this company); false when the
    // module makes no records of `entity`.
    virtual bool startNew(const QString& entity, const QVariantMap& preset)
    {
        Q_UNUSED(entity);
        Q_UNUSED(preset);
        return false;
    }
    // Before the window closes: asks about unsaved work; false keeps the window open.
    virtual bool confirmClose() = 0;
};

} // namespace tandem
