// The few columns duplicate detection compares, read for every live record in one scan each.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tandem {

class Database;

// A live contact that was not merged into another, with the phones and e-mails of its contact
// points. `country` is the contact's, else its company's.
struct ContactKeys {
    QString id;
    QString firstName;
    QString lastName;
    QString companyId;
    QString email;
    QString phone;
    QString mobile;
    QString country;
    QStringList pointEmails;
    QStringList pointPhones;
};

struct CompanyKeys {
    QString id;
    QString name;
    QString regCode;
    QString vatCode;
    QString website;
    QString country;
};

namespace DuplicateKeys {
Result<QList<ContactKeys>> contacts(Database& db);
Result<QList<CompanyKeys>> companies(Database& db);
// The live "not duplicates" pairs of an entity, as "firstId|secondId" with the smaller id first.
Result<QSet<QString>> dismissedPairs(Database& db, const QString& entity);
QString pairKey(const QString& a, const QString& b);
} // namespace DuplicateKeys

} // namespace tandem
