#include "pipeline/StageColumn.h"

#include "pipeline/BoardModel.h"
#include "pipeline/DealCardDelegate.h"
#include "records/FieldDisplay.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int kColumnWidth = 280;

} // namespace

StageColumn::StageColumn(BoardModel* model, int stageRow, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_row(stageRow)
    , m_name(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("stageColumn"));
    setFixedWidth(kColumnWidth);
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(2);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setContentsMargins(6, 0, 6, 0);
    m_figures->setContentsMargins(6, 0, 6, 4);
    m_figures->setForegroundRole(QPalette::PlaceholderText);
    m_figures->setWordWrap(true);
    layout->addWidget(m_name);
    layout->addWidget(m_figures);
    layout->addWidget(m_list, 1);

    m_list->setObjectName(QStringLiteral("stageList"));
    m_list->setModel(model);
    m_list->setRootIndex(model->index(stageRow, 0));
    m_list->setItemDelegate(new DealCardDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->viewport()->setAutoFillBackground(false);
    updateHeading();
}

QString StageColumn::stageId() const
{
    return m_model->stages().value(m_row).id;
}

void StageColumn::updateHeading()
{
    const BoardStage stage = m_model->stages().value(m_row);
    m_name->setText(tr("%1 · %2 %").arg(stage.name).arg(stage.probability));
    m_figures->setText(headingText());
    m_figures->setToolTip(BoardModel::moneyDetails(m_model->summary(m_row)));
}

QString StageColumn::headingText() const
{
    const StageSummary s = m_model->summary(m_row);
    QStringList lines { tr("%n deal(s)", nullptr, s.deals) };
    const QString money = BoardModel::moneyLine(s, m_model->mainCurrency());
    if (!money.isEmpty())
        lines << money;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tandem
