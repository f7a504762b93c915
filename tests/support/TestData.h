// What every suite shares: the sample files in tests/data, and QStrings printed as text when a
// check fails.
#pragma once

#include <QDir>
#include <QString>
#include <catch2/catch.hpp>

namespace tandem::test {

// A file below tests/data: testData("csv/ragged.csv").
inline QString testData(const QString& relative)
{
    return QDir(QStringLiteral(TANDEM_TEST_DATA)).filePath(relative);
}

} // namespace tandem::test

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
