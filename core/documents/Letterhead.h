// The team's letterhead on its documents, from Settings: the company's name, address and contact
// lines (or the letterhead override), and the logo kept in the database so every copy has it.
#pragma once

#include "documents/DocumentPrinter.h"
#include "util/Result.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace tandem {

class Session;

namespace Letterheads {

// Stored logos are scaled down to this width (a letterhead prints them ~18 mm high).
constexpr int kLogoMaxWidth = 800;

// Setting company_name; the lines and the logo below (the logo, else logo.png or logo.jpg in
// `templateFolder`).
DocumentPrinter::Letterhead team(Session& session, const QString& templateFolder);

// Setting letterhead's lines when set; else setting company_address's lines, then one line of
// company_vat_code, company_phone, company_email and company_website joined by " · ".
QStringList lines(Session& session);

// An image file as a person sees it (a phone photo's rotation applied); null when unreadable.
QImage readImage(const QString& path);

struct Logo {
    QImage image; // null when there is none, or it cannot be read on this computer
    QString name; // the attachment's name ("logo.png"), or the file of an older setting
    bool inDatabase = false; // else an older setting: a file only one computer has
};
// Setting company_logo: "attachment:<id>" names the attachment whose content is the image; an
// older value is a file on the computer that chose it.
Logo companyLogo(Session& session);

// Keeps `image` as the team's logo: a PNG attachment (kind photo, at most kLogoMaxWidth px
// wide) that company_logo names, in place of the previous one. One transaction.
Result<void> setCompanyLogo(Session& session, const QImage& image, const QString& name);
// Clears company_logo and removes the attachment it named. One transaction.
Result<void> removeCompanyLogo(Session& session);

} // namespace Letterheads
} // namespace tandem
