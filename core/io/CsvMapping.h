// Which column of a CSV file goes to which field: auto-matched from the header (field names,
// labels in English and the user's language, Google Contacts and Outlook export headers), adjusted
// by the user or by a mapping file (`--mapping FILE`).
#pragma once

#include "util/Result.h"

#include <QChar>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tandem {

struct CsvTarget {
    QString name; // "first_name", "email_home", "phone:1:value", "reg_code" …
    QString label; // translated, for the GUI's column picker
    bool repeatable = false; // several columns may feed it (e-mails, phones, tags, street lines)
};

struct CsvMapping {
    QString entity; // "contact" (to ContactCard) or an entity name from EntitySchema
    QString encoding; // forced by a mapping file; empty: detect
    QChar delimiter; // forced by a mapping file; null: detect
    QStringList header; // the file's columns
    QStringList targets; // one per column: the target's name, empty when not imported

    int columnOf(const QString& target) const; // the first column mapped to it, or -1
    QList<int> unmatchedColumns() const;
    QStringList unmatchedHeaders() const; // what the GUI lists as "not imported"

    // What columns of a file for `entity` can go to: for "contact" the ContactCard parts and
    // contact fields; otherwise the entity's fields that are not Internal and not binary.
    static QList<CsvTarget> availableTargets(const QString& entity);
    // The canonical name of a target as a user or mapping file may spell it ("owner" → "owner_id",
    // "categories" → "tags", Google's numbered "phone:2:value"); empty when there is none.
    static QString canonicalTarget(const QString& entity, const QString& name);
    static QString targetLabel(const QString& entity, const QString& target);
    // Matches each header to a target by name, label (English or translated) and known export
    // headers, case- and accent-insensitively; a target that takes one column goes to the first.
    static CsvMapping autoMatch(const QString& entity, const QStringList& header);
    // Lower case, accents folded, only letters and digits: "E-mail 2 Address" → "email2address".
    static QString matchKey(const QString& text);
};

// A saved mapping: {"encoding": "windows-1257", "delimiter": ";", "columns": {"Header": "target"}}.
// A column mapped to "" (or null) is deliberately not imported.
struct CsvMappingFile {
    QString path; // for messages
    QString encoding;
    QChar delimiter;
    QList<QPair<QString, QString>> columns; // header text → target, in file order

    static Result<CsvMappingFile> read(const QString& path);
    static CsvMappingFile fromMapping(const CsvMapping& mapping);
    Result<void> write(const QString& path) const;
    QByteArray toJson() const;
    // Auto-matches `header`, then applies the file's columns (a header not in the file is ignored).
    // A target that `entity` does not have is an Error naming the mapping file and the column.
    Result<CsvMapping> apply(const QString& entity, const QStringList& header) const;
};

} // namespace tandem
