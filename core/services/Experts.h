// The in-house expert for a question: colleagues whose listed skills hold the words asked about.
#pragma once

#include "domain/Record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

struct Expert {
    Record user;
    QStringList skills; // the user's skills that hold a word of the question
};

namespace Experts {
// A user's skills as listed: split at commas, semicolons and line breaks, trimmed.
QStringList skillsOf(const QString& skillsText);
// The skills that hold a word of `words` (case- and diacritic-insensitive, word prefixes:
// "forklift" finds "Forklifts", "sarun" finds "Šarūnas").
QStringList matchingSkills(const QString& skillsText, const QString& words);
// Active users whose skills hold every word of `words`, those with more matching skills first,
// then by name. Empty for an empty question.
QList<Expert> find(Session& session, const QString& words);
} // namespace Experts

} // namespace tandem
