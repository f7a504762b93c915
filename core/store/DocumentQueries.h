// The documents kept for a company: the offers, orders and contracts of its deals, the letters to
// its people and its own files, listed without their content.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tandem {

class Database;

struct CompanyDocument {
    QString id;
    QString name;
    QString kind; // offer, document or material
    QString entity; // deal, contact or company
    QString recordId;
    QString forLabel; // the deal's title, the contact's first and last name, the company's name
    QString createdBy; // user id
    QString createdByName;
    QString createdAt; // stored form
    QString sentTo;
    QString sentAt; // stored form; empty when not sent
};

namespace DocumentQueries {
// The live attachments of the company's live deals and contacts and of the company itself, newest
// first; photos (portraits, logos) are left out. The content is not read.
Result<QList<CompanyDocument>> ofCompany(Database& db, const QString& companyId);
// The live attachments of one deal (offers, documents, material copies), newest first; forLabel is
// the deal's title. The content is not read.
Result<QList<CompanyDocument>> ofDeal(Database& db, const QString& dealId);
// The statements ofCompany (binds: the company id three times) and ofDeal (the deal id) run: the
// benchmark's raw-SQLite baseline runs the same text.
QByteArray ofCompanySql();
QByteArray ofDealSql();
} // namespace DocumentQueries

} // namespace tandem
