#include "contacts/CsvColumnsView.h"

#include "io/TextEncoding.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {
constexpr int kExamples = 3;
}

CsvColumnsView::CsvColumnsView(const QString& entity, QWidget* parent)
    : QWidget(parent)
    , m_entity(entity)
    , m_targets(CsvMapping::availableTargets(entity))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_unmatched(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
{
    m_encoding->setObjectName(QStringLiteral("encodingPicker"));
    m_delimiter->setObjectName(QStringLiteral("delimiterPicker"));
    for (const QString& name : TextEncoding::supported())
        m_encoding->addItem(name, name);
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));

    auto* reading = new QHBoxLayout;
    reading->addWidget(new QLabel(tr("Encoding:"), this));
    reading->addWidget(m_encoding);
    reading->addSpacing(12);
    reading->addWidget(new QLabel(tr("Separated by:"), this));
    reading->addWidget(m_delimiter);
    reading->addStretch();

    m_table->setHorizontalHeaderLabels(
        { tr("Column in the file"), tr("First values"), tr("Imported as") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_unmatched->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(reading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unmatched);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit readingChanged();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit readingChanged();
    });
}

void CsvColumnsView::setPreview(const AddressBookFiles::CsvPreview& preview)
{
    m_filling = true;
    m_mapping = preview.mapping;
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(preview.table.encoding)));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(preview.table.delimiter))));
    const QStringList& header = preview.table.header;
    m_table->setRowCount(int(header.size()));
    m_withData = QList<bool>(header.size(), false);
    for (const CsvRow& row : preview.table.rows) {
        for (int c = 0; c < header.size() && c < row.fields.size(); ++c)
            m_withData[c] = m_withData[c] || !row.fields.at(c).trimmed().isEmpty();
    }
    for (int c = 0; c < header.size(); ++c) {
        m_table->setItem(c, 0, new QTableWidgetItem(header.at(c)));
        QStringList examples;
        for (int r = 0; r < preview.table.rows.size() && examples.size() < kExamples; ++r) {
            const QString v = preview.table.rows.at(r).fields.value(c).simplified();
            if (!v.isEmpty())
                examples << v;
        }
        auto* sample = new QTableWidgetItem(examples.join(QStringLiteral(" · ")));
        sample->setToolTip(examples.join(QLatin1Char('\n')));
        m_table->setItem(c, 1, sample);

        auto* picker = new QComboBox(m_table);
        picker->addItem(tr("— not imported —"), QString());
        for (const CsvTarget& target : std::as_const(m_targets))
            picker->addItem(target.label, target.name);
        picker->setCurrentIndex(qMax(0, picker->findData(m_mapping.targets.value(c))));
        connect(picker, &QComboBox::currentIndexChanged, this, [this, c, picker] {
            m_mapping.targets[c] = picker->currentData().toString();
            updateUnmatched();
            emit mappingChanged();
        });
        m_table->setCellWidget(c, 2, picker);
    }
    updateUnmatched();
    m_filling = false;
}

void CsvColumnsView::updateUnmatched()
{
    // Columns empty in every row do not matter; the ones with data that would be left out do.
    QStringList unmatched;
    for (const int c : m_mapping.unmatchedColumns()) {
        if (m_withData.value(c))
            unmatched << m_mapping.header.value(c);
    }
    m_unmatched->setText(unmatched.isEmpty() ? tr("Every column with data goes into a field.")
                                             : tr("Not imported unless you pick a field: %1")
                                                   .arg(unmatched.join(QStringLiteral(", "))));
}

CsvMapping CsvColumnsView::mapping() const
{
    CsvMapping m = m_mapping;
    m.encoding = encoding();
    m.delimiter = delimiter();
    return m;
}

QString CsvColumnsView::encoding() const
{
    return m_encoding->currentData().toString();
}

QChar CsvColumnsView::delimiter() const
{
    const QString d = m_delimiter->currentData().toString();
    return d.isEmpty() ? QChar() : d.at(0);
}

QComboBox* CsvColumnsView::targetPicker(int column) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(column, 2));
}

} // namespace tandem
