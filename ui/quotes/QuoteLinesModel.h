// A quote's lines as a table: description, quantity, unit price, discount, VAT and net; editable
// while the quote is a draft, each edit one undo step through the Quotes service.
#pragma once

#include "common/UiContext.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace tandem {

class QuoteLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Quantity, UnitPrice, Discount, Vat, Net, ColumnCount };

    explicit QuoteLinesModel(const UiContext& context, QObject* parent = nullptr);

    void setQuote(const QString& quoteId);
    QString quoteId() const { return m_quoteId; }
    QString currency() const { return m_currency; }
    bool isEditable() const { return m_editable; }
    QString lineId(int row) const;

    // Each one undo step; the error is the service's (a sent quote, no price in the currency).
    Result<QString> addProduct(const QString& productId);
    Result<QString> addFreeLine(const QString& description, qint64 unitPrice);
    Result<void> removeLine(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // A typed value was unreadable or the service refused the edit.
    void editFailed(const QString& message);

private:
    struct Line {
        QString id;
        QString description;
        qint64 quantity = 0; // thousandths
        qint64 unitPrice = 0; // minor units
        qint64 discount = 0; // hundredths of a percent
        qint64 vat = 0;
        qint64 net = 0;
    };
    void reload();
    QList<Line> load(); // also reads the quote's currency and status
    QString shown(const Line& line, int column) const;
    QString editText(const Line& line, int column) const;

    UiContext m_ctx;
    QString m_quoteId;
    QString m_currency;
    bool m_editable = false;
    QList<Line> m_lines;
};

} // namespace tandem
