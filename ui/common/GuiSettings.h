// Where the window remembers its layout: ~/.config/<application name>/gui.conf.
#pragma once

#include <QCoreApplication>
#include <QSettings>

namespace tandem {

class GuiSettings : public QSettings {
public:
    GuiSettings()
        : QSettings(QCoreApplication::applicationName(), QStringLiteral("gui"))
    {
    }
};

} // namespace tandem
