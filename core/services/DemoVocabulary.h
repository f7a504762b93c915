// Word lists for the demo data: names, places, job titles and what salespeople write, per language.
// People's words are native text in native script; team-wide words are translated ("DemoData").
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace tandem::demo {

// A title with its feminine form where the language makes one (empty: the same word).
struct Gendered {
    QString male;
    QString female;
    const QString& form(bool feminine) const
    {
        return feminine && !female.isEmpty() ? female : male;
    }
};

struct Department {
    QString name;
    Gendered head;
    QList<Gendered> staff;
};

// How the people of one language are named and titled.
struct Language {
    QString code; // ISO 639-1: lt, pl, uk, ro, ru, en
    QStringList maleNames; // the first of each list, with the first surname, is always used once
    QStringList femaleNames;
    QStringList surnames; // masculine form; feminineSurname() makes the others
    bool showcaseFemale = false; // whether that first person is a woman (Олена Коваленко)
    QString management; // the director's department
    Gendered director;
    QList<Department> departments;
};

// What a salesperson writes about customers of one language: activity subjects and results.
struct Phrases {
    QStringList calls;
    QStringList meetings;
    QStringList emails;
    QStringList notes;
    QStringList tasks;
    QStringList outcomes; // of a call, meeting or task
    QStringList leadTitles; // what a new enquiry asks for
    QStringList cases; // what a customer writes in about after buying
    QStringList resolutions; // how such a case was settled
};

struct City {
    QString name;
    QString region;
    QString postcode; // pattern: '#' a digit, '@' a capital letter, anything else as is
    QString phone; // landline pattern
    QString registry; // registry office code, for registration numbers that carry it
};

// A market: customers in one country speaking one language, with the formats they use.
struct Market {
    QString country; // ISO 3166-1 alpha-2
    QString language; // a Language code
    QString currency;
    int share = 0; // percent of all customers
    QList<City> cities;
    QStringList streets; // "%1" is the house number
    QStringList mobiles; // patterns
    QString registration; // pattern; "%1" the city's registry code, "%2" a founding year
    QString vat; // pattern
    QStringList legalForms; // "%1" is the name; repeated entries are more common
    QStringList mailboxes; // a company's general address: info, biuro …
    // Company names are made from patterns of {P}lace, {T}rade, {B}rand and {S}urname words,
    // then, when a name is taken, a qualifier is added.
    QStringList namePatterns;
    QStringList places;
    QStringList trades;
    QStringList brandRoots;
    QStringList brandEndings;
    QStringList qualifiers;
};

const QList<Language>& languages();
const Language& language(const QString& code);
const Phrases& phrases(const QString& languageCode);
const QList<Market>& markets();

// The feminine form of a surname: Kazlauskas → Kazlauskienė (married) or Kazlauskaitė,
// Kowalski → Kowalska, Смирнов → Смирнова, Вишневський → Вишневська; otherwise unchanged.
QString feminineSurname(const QString& languageCode, const QString& surname, bool married);
// A surname as it stands in a company name: Lithuanian genitive (Kazlausko), others unchanged.
QString surnameInCompanyName(const QString& languageCode, const QString& surname);
// Lowercase ASCII for e-mail addresses and domains: Šarūnas → sarunas, Олена → olena
// (Ukrainian national system), Дмитрий → dmitriy, O'Brien → obrien.
QString toAscii(const QString& languageCode, const QString& text);

// Team-wide vocabulary: untranslated source text, translated in context "DemoData" when used.
struct ProductSeed {
    const char* name;
    const char* sku;
    const char* unit;
    const char* category;
    int priceEuro;
};
struct NeedSeed {
    const char* title; // what a deal is about
    int minEuro; // typical deal size
    int maxEuro;
};
struct CampaignSeed {
    const char* name;
    const char* kind;
    int startDaysAgo; // negative: not started yet
    int days;
    int budgetEuro;
    int goalLeads;
};
struct CompetitorSeed {
    const char* name; // a proper name, not translated
    const char* website;
    const char* strengths;
    const char* weaknesses;
};
struct TeamSeed {
    const char* name;
    QStringList countries;
};

const QList<const char*>& industries();
const QList<const char*>& segments();
const QList<const char*>& specialties(); // what a salesperson is good at
const QList<NeedSeed>& needs();
const QList<ProductSeed>& products();
const QList<CampaignSeed>& campaigns();
const QList<CompetitorSeed>& competitors();
// How the markets are split among `teams` (2, 3 or 4) sales teams.
QList<TeamSeed> teams(int teams);
const char* countryName(const QString& country);
const char* languageName(const QString& languageCode);

namespace detail {
QStringList words(std::initializer_list<const char*> utf8);
Gendered gendered(const char* male, const char* female = "");
} // namespace detail

} // namespace tandem::demo
