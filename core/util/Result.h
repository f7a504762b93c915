// Expected failures (bad input, refused files) travel as values: an Error names file, line, field.
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace tandem {

struct Error {
    QString message; // translated, user-facing
    QString file;
    int line = 0;
    QString field;

    // "file:line: field: message" with the parts that are known.
    QString toString() const;
};

template <class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(QString message, QString field = {})
{
    return Error { std::move(message), {}, 0, std::move(field) };
}

} // namespace tandem
