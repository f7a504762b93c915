#include "quotes/QuoteLinesModel.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "documents/QuoteMath.h"
#include "domain/FieldFormat.h"
#include "records/FieldDisplay.h"
#include "services/Quotes.h"
#include "store/Session.h"

#include <QLocale>

namespace tandem {

namespace {

const QString kLine = QStringLiteral("quote_line");

const char* const kFields[] = { "description", "quantity", "unit_price", "discount", "vat_rate" };

int scaleOf(int column)
{
    return column == QuoteLinesModel::Quantity ? 3 : 2;
}

// "1 250,5" or "1,250.5" as the user types it, in units of 10^-scale.
std::optional<qint64> parseNumber(const QString& text, int scale)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' ')).remove(QChar(0xa0)).remove(QChar(0x202f)).remove(QLatin1Char('%'));
    if (t.contains(QLatin1Char('.')) && t.contains(QLatin1Char(',')))
        t.remove(QLocale().groupSeparator());
    return t.isEmpty() ? std::optional<qint64>(0) : parseScaled(t, scale);
}

} // namespace

QuoteLinesModel::QuoteLinesModel(const UiContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ctx(context)
{
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        if (!m_quoteId.isEmpty()
            && (entity == kLine || entity == QLatin1String("quote") || entity.isEmpty()))
            reload();
    });
}

void QuoteLinesModel::setQuote(const QString& quoteId)
{
    beginResetModel();
    m_quoteId = quoteId;
    m_lines = load();
    endResetModel();
}

QList<QuoteLinesModel::Line> QuoteLinesModel::load()
{
    RecordStore& rs = m_ctx.session.records();
    const auto quote = rs.get(QStringLiteral("quote"), m_quoteId);
    m_currency = quote ? quote->text(QStringLiteral("currency")) : QString();
    m_editable = quote && quote->text(QStringLiteral("status")) == QLatin1String("draft");
    QList<Line> lines;
    if (!quote)
        return lines;
    ListQuery q;
    q.where << qMakePair(QStringLiteral("quote_id"), QVariant(m_quoteId));
    q.orderBy = QStringLiteral("position");
    const auto rows = rs.list(kLine, q);
    if (!rows)
        return lines;
    for (const Record& r : *rows) {
        Line l;
        l.id = r.id;
        l.description = r.text(QStringLiteral("description"));
        l.quantity = r.value(QStringLiteral("quantity")).toLongLong();
        l.unitPrice = r.value(QStringLiteral("unit_price")).toLongLong();
        l.discount = r.value(QStringLiteral("discount")).toLongLong();
        l.vat = r.value(QStringLiteral("vat_rate")).toLongLong();
        // The same arithmetic as the quote's totals, for this line alone.
        const auto t = QuoteMath::compute({ { l.quantity, l.unitPrice, l.discount, l.vat } }, 0);
        l.net = t && !t->lines.isEmpty() ? t->lines.first().net : 0;
        lines << l;
    }
    return lines;
}

void QuoteLinesModel::reload()
{
    QList<Line> fresh = load();
    bool sameRows = fresh.size() == m_lines.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_lines.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_lines = fresh;
        endResetModel();
        return;
    }
    m_lines = fresh;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

QString QuoteLinesModel::lineId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).id : QString();
}

Result<QString> QuoteLinesModel::addProduct(const QString& productId)
{
    const QString name = m_ctx.session.records().labelOf(QStringLiteral("product"), productId);
    return BatchCommands::create(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, tr("Add “%1” to the quote").arg(name), [&] {
            return Quotes::addLine(m_ctx.session,
                { { QStringLiteral("quote_id"), m_quoteId },
                    { QStringLiteral("product_id"), productId } });
        });
}

Result<QString> QuoteLinesModel::addFreeLine(const QString& description, qint64 unitPrice)
{
    return BatchCommands::create(
        m_ctx.undoStack, m_ctx.session, m_ctx.events, tr("Add a line to the quote"), [&] {
            return Quotes::addLine(m_ctx.session,
                { { QStringLiteral("quote_id"), m_quoteId },
                    { QStringLiteral("description"), description },
                    { QStringLiteral("unit_price"), unitPrice } });
        });
}

Result<void> QuoteLinesModel::removeLine(int row)
{
    const QString id = lineId(row);
    if (id.isEmpty())
        return {};
    return BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Remove “%1” from the quote").arg(m_lines.at(row).description),
        [&] { return Quotes::removeLine(m_ctx.session, id); });
}

int QuoteLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuoteLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteLinesModel::shown(const Line& l, int column) const
{
    const QLocale locale;
    switch (column) {
    case Description:
        return l.description;
    case Quantity:
        return formatScaled(l.quantity, 3, locale, false);
    case UnitPrice:
        return FieldDisplay::money(l.unitPrice, m_currency);
    case Discount:
        return l.discount == 0 ? QString()
                               : formatScaled(l.discount, 2, locale, false) + QStringLiteral(" %");
    case Vat:
        return formatScaled(l.vat, 2, locale, false) + QStringLiteral(" %");
    case Net:
        return FieldDisplay::money(l.net, m_currency);
    }
    return {};
}

QString QuoteLinesModel::editText(const Line& l, int column) const
{
    const QLocale locale;
    switch (column) {
    case Description:
        return l.description;
    case Quantity:
        return formatScaled(l.quantity, 3, locale, false);
    case UnitPrice:
        return formatScaled(l.unitPrice, currencyMinorDigits(m_currency), locale, true);
    case Discount:
        return formatScaled(l.discount, 2, locale, false);
    case Vat:
        return formatScaled(l.vat, 2, locale, false);
    }
    return {};
}

QVariant QuoteLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shown(l, index.column());
    case Qt::EditRole:
        return editText(l, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Description ? QVariant()
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::UserRole:
        return l.id;
    default:
        return {};
    }
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount %");
    case Vat:
        return tr("VAT %");
    case Net:
        return tr("Net");
    }
    return {};
}

Qt::ItemFlags QuoteLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() != Net)
        f |= Qt::ItemIsEditable;
    return f;
}

bool QuoteLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int column = index.column();
    const Line line = m_lines.at(index.row());
    QVariant stored;
    if (column == Description) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text == line.description)
            return false;
        stored = text;
    } else {
        const auto number = column == UnitPrice
            ? FieldDisplay::parseMoney(value.toString(), m_currency)
            : parseNumber(value.toString(), scaleOf(column));
        if (!number) {
            emit editFailed(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
        stored = *number;
        if (editText(line, column) == value.toString())
            return false;
    }
    const QString field = QString::fromLatin1(kFields[column]);
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Change %1 of “%2”")
            .arg(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), line.description),
        [&] {
            return Quotes::updateLine(m_ctx.session, line.id, { { field, stored } });
        });
    if (!r) {
        emit editFailed(r.error().message);
        return false;
    }
    return true;
}

} // namespace tandem
