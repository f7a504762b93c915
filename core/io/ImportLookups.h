// What an import looks up once and then per row: the records a value refers to (by id or label),
// and the companies a row duplicates (registration code, VAT code, folded name).
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace tandem {

class RecordStore;

// A record found for a row: an existing one (id), or one this import creates from an earlier row.
struct ImportMatch {
    QString id;
    int row = -1; // index of the planned row, when the record does not exist yet

    bool isPlanned() const { return id.isEmpty() && row >= 0; }
};

class ReferenceIndex {
public:
    explicit ReferenceIndex(const RecordStore& records);

    // `text` is an id of a live `entity` record or the label of exactly one (case and accents
    // ignored). Nothing found or several found: an Error naming the text (the caller adds file,
    // line and column).
    Result<ImportMatch> find(const QString& entity, const QString& text);
    // A record the import will create, so later rows can refer to it by its label.
    void addPlanned(const QString& entity, const QString& label, int row);

    static QString labelKey(const QString& label);

private:
    struct Entry {
        QSet<QString> ids;
        QHash<QString, QStringList> idsByLabel;
        QHash<QString, QList<int>> plannedByLabel;
    };
    Entry& entry(const QString& entity);

    const RecordStore& m_records;
    QHash<QString, Entry> m_entries;
};

class CompanyDuplicates {
public:
    explicit CompanyDuplicates(const RecordStore& records);

    // The same registration or VAT code, else the same folded name (unless both have a
    // registration code and they differ: namesakes are not duplicates).
    std::optional<ImportMatch> find(const QVariantMap& values) const;
    void add(const QVariantMap& values, const ImportMatch& match);

private:
    struct Keys {
        QString reg;
        QString vat;
        QString name;
    };
    static Keys keys(const QVariantMap& values);

    QHash<QString, int> m_byReg; // key → index into m_known
    QHash<QString, int> m_byVat;
    QHash<QString, QList<int>> m_byName;
    QList<QPair<Keys, ImportMatch>> m_known;
};

} // namespace tandem
