// Field values as people type and read them in a locale ("1250,50", "15.06.2026", "Customer",
// "Yes"): what CSV import parses and CSV export writes, so a spreadsheet shows real numbers.
#pragma once

#include "domain/EntitySchema.h"
#include "util/Result.h"

#include <QLocale>
#include <QVariant>
#include <functional>

namespace tandem {

// The text a choice key reads as. The GUI passes its own (ChoiceLabels::text); the default
// translates the key made readable ("cold_call" → "Cold call") in context "Choice".
using ChoiceLabeler = std::function<QString(const QString& key)>;

class LocaleValues {
public:
    LocaleValues()
        : LocaleValues(QLocale())
    {
    }
    explicit LocaleValues(const QLocale& locale, ChoiceLabeler choiceLabel = {});

    const QLocale& locale() const { return m_locale; }
    QString choiceLabel(const QString& key) const;
    // The locale's short date format, always with a four-digit year ("M/d/yyyy", "yyyy-MM-dd").
    QString dateFormat() const;

    // A stored value as text for this locale: dates in its short format, numbers and money with
    // its decimal mark and no grouping or symbol (spreadsheets read them as numbers), choices as
    // labels, booleans as translated Yes/No, date-times in local time. A Ref stays the id.
    QString format(const FieldDef& field, const QVariant& value, const QString& currency) const;

    // Text as a user typed it, in this locale or in the canonical form (ISO dates, '.' decimals,
    // choice keys, true/false) → the stored value. Empty text is a null value. A Ref is returned
    // as its trimmed text for the caller to resolve. Errors name the field.
    Result<QVariant> parse(
        const FieldDef& field, const QString& text, const QString& currency) const;

private:
    Result<QVariant> parseDate(const FieldDef& field, const QString& text) const;
    Result<QVariant> parseDateTime(const FieldDef& field, const QString& text) const;
    Result<QVariant> parseNumber(
        const FieldDef& field, const QString& text, int scale, const QString& currency) const;
    Result<QVariant> parseBool(const FieldDef& field, const QString& text) const;
    Result<QVariant> parseChoice(const FieldDef& field, const QString& text) const;

    QLocale m_locale;
    ChoiceLabeler m_choiceLabel;
};

} // namespace tandem
