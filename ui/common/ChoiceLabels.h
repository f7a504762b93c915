// What a choice key (cold_call, in_progress …) reads as in the user's language.
#pragma once

#include <QString>

namespace tandem::ChoiceLabels {

// Translated text for a known key; otherwise the key made readable ("in_progress" → "In progress").
QString text(const QString& key);

} // namespace tandem::ChoiceLabels
