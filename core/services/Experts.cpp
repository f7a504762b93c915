#include "services/Experts.h"

#include "store/Session.h"
#include "util/TextFold.h"

#include <QRegularExpression>
#include <algorithm>

namespace tandem {

namespace {

QStringList foldedWords(const QString& text)
{
    static const QRegularExpression split(QStringLiteral("[^\\w]+"));
    return foldForSearch(text).split(split, Qt::SkipEmptyParts);
}

// Whether a word of `skill` starts with `word`.
bool holds(const QString& skill, const QString& word)
{
    const QStringList words = foldedWords(skill);
    return std::any_of(
        words.begin(), words.end(), [&](const QString& w) { return w.startsWith(word); });
}

} // namespace

QStringList Experts::skillsOf(const QString& skillsText)
{
    static const QRegularExpression split(QStringLiteral("[,;\\n]+"));
    QStringList out;
    for (const QString& s : skillsText.split(split, Qt::SkipEmptyParts)) {
        if (const QString t = s.trimmed(); !t.isEmpty())
            out << t;
    }
    return out;
}

QStringList Experts::matchingSkills(const QString& skillsText, const QString& words)
{
    const QStringList wanted = foldedWords(words);
    QStringList out;
    for (const QString& skill : skillsOf(skillsText)) {
        if (std::any_of(
                wanted.begin(), wanted.end(), [&](const QString& w) { return holds(skill, w); }))
            out << skill;
    }
    return out;
}

QList<Expert> Experts::find(Session& session, const QString& words)
{
    const QStringList wanted = foldedWords(words);
    if (wanted.isEmpty())
        return {};
    auto users = session.records().list(QStringLiteral("user"));
    if (!users)
        return {};
    QList<Expert> out;
    for (const Record& user : *users) {
        const QVariant active = user.value(QStringLiteral("active"));
        if (!isEmptyValue(active) && !active.toBool())
            continue;
        const QStringList skills = skillsOf(user.text(QStringLiteral("skills")));
        const bool all = std::all_of(wanted.begin(), wanted.end(), [&](const QString& w) {
            return std::any_of(
                skills.begin(), skills.end(), [&](const QString& s) { return holds(s, w); });
        });
        if (all)
            out << Expert { user, matchingSkills(user.text(QStringLiteral("skills")), words) };
    }
    std::stable_sort(out.begin(), out.end(), [](const Expert& a, const Expert& b) {
        if (a.skills.size() != b.skills.size())
            return a.skills.size() > b.skills.size();
        return a.user.text(QStringLiteral("name"))
                   .localeAwareCompare(b.user.text(QStringLiteral("name")))
            < 0;
    });
    return out;
}

} // namespace tandem
