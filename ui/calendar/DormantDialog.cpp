#include "calendar/DormantDialog.h"

#include "common/BatchCommand.h"
#include "common/DataEvents.h"
#include "common/Prompter.h"
#include "records/RecordTableModel.h"
#include "records/RecordTableView.h"
#include "services/DormantRules.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

enum Column { CompanyColumn, OwnerColumn, PurchaseColumn, ContactColumn, DaysColumn };

QDate today(Session& session)
{
    return session.clock().nowUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
}

QSet<QString> tickedIds(QTreeWidget* list)
{
    QSet<QString> out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->checkState(CompanyColumn) == Qt::Checked)
            out.insert(item->data(CompanyColumn, Qt::UserRole).toString());
    }
    return out;
}

} // namespace

DormantDialog::DormantDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_rules(nullptr)
    , m_letter(new QPlainTextEdit(this))
    , m_saveLetter(new QPushButton(tr("Save letter"), this))
    , m_candidates(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_selectAll(new QPushButton(tr("Tick all"), this))
    , m_create(new QPushButton(tr("Create follow-up tasks"), this))
{
    setObjectName(QStringLiteral("dormantDialog"));
    setWindowTitle(tr("Dormant customers"));
    // A team that never had a rule starts with the two defaults.
    if (auto seeded = DormantRules::rules(m_ctx.session); !seeded)
        m_summary->setText(seeded.error().message);
    m_rules = new RecordTableView(new RecordTableModel(context, QStringLiteral("dormant_rule"),
                                      { QStringLiteral("name"), QStringLiteral("kind"),
                                          QStringLiteral("days"), QStringLiteral("task_subject"),
                                          QStringLiteral("due_days"), QStringLiteral("active") },
                                      this),
        tr("Rules"), this);
    m_rules->setNewValues([] {
        return QVariantMap { { QStringLiteral("name"), tr("New rule") },
            { QStringLiteral("kind"), QStringLiteral("no_contact") },
            { QStringLiteral("days"), 90 },
            { QStringLiteral("task_subject"), tr("Get back in touch with {company}") },
            { QStringLiteral("due_days"), 3 },
            { QStringLiteral("letter_template"),
                DormantRules::defaultLetter(QStringLiteral("no_contact")) },
            { QStringLiteral("active"), true } };
    });

    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_rules, 2);
    auto* letterLabel = new QLabel(tr("&Letter for the follow-up task (placeholders: {company}, "
                                      "{contact}, {owner}, {last_purchase}, {last_contact}):"),
        left);
    letterLabel->setWordWrap(true);
    letterLabel->setBuddy(m_letter);
    leftLayout->addWidget(letterLabel);
    m_letter->setObjectName(QStringLiteral("letterTemplate"));
    leftLayout->addWidget(m_letter, 1);
    auto* letterRow = new QHBoxLayout;
    letterRow->addStretch(1);
    letterRow->addWidget(m_saveLetter);
    leftLayout->addLayout(letterRow);
    splitter->addWidget(left);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_candidates->setObjectName(QStringLiteral("dormantCandidates"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setAlternatingRowColors(true);
    m_candidates->setHeaderLabels(
        { tr("Company"), tr("Owner"), tr("Last purchase"), tr("Last contact"), tr("Days") });
    m_candidates->header()->setStretchLastSection(false);
    m_candidates->header()->setSectionResizeMode(CompanyColumn, QHeaderView::Stretch);
    rightLayout->addWidget(m_candidates, 1);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("dormantSummary"));
    rightLayout->addWidget(m_summary);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_selectAll);
    actions->addStretch(1);
    actions->addWidget(m_create);
    rightLayout->addLayout(actions);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_rules, &RecordTableView::currentChanged, this, [this](const QString& id) {
        if (!m_resetting)
            showRule(id);
    });
    // Every change of a rule reloads the table, which forgets its current row: keep the rule (and
    // a letter being written) in view.
    connect(m_rules->model(), &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_resetting = true; });
    connect(m_rules->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        RecordTableModel* model = m_rules->model();
        if (model->rowOf(m_shownRule) >= 0)
            m_rules->selectId(m_shownRule);
        else if (model->rowCount() > 0)
            m_rules->selectId(model->idAt(0));
        else
            showRule({});
    });
    connect(m_saveLetter, &QPushButton::clicked, this, &DormantDialog::saveLetter);
    connect(m_create, &QPushButton::clicked, this, &DormantDialog::createTasks);
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_candidates->topLevelItem(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(CompanyColumn, Qt::Checked);
        }
    });
    connect(&m_ctx.events, &DataEvents::recordsChanged, this, [this](const QString& entity) {
        static const QSet<QString> kAffecting { QStringLiteral("dormant_rule"),
            QStringLiteral("activity"), QStringLiteral("task"), QStringLiteral("company"),
            QStringLiteral("deal"), QStringLiteral("contact"), QStringLiteral("user"),
            QStringLiteral("case") };
        if (!kAffecting.contains(entity))
            return;
        if (entity != QLatin1String("dormant_rule")) // a rule's table reload shows it afresh
            reloadCandidates();
    });

    m_rules->model()->reload(); // selects the first rule
    resize(1100, 620);
}

QString DormantDialog::currentRuleId() const
{
    return m_rules->currentId();
}

void DormantDialog::showRule(const QString& ruleId)
{
    // Keep an edited, unsaved letter while the same rule stays current.
    const auto rule = DormantRules::rule(m_ctx.session, ruleId);
    if (ruleId != m_shownRule || !m_letter->document()->isModified()) {
        m_letter->setPlainText(rule ? rule->letterTemplate : QString());
        m_letter->document()->setModified(false);
    }
    m_shownRule = ruleId;
    m_letter->setEnabled(rule.has_value());
    m_saveLetter->setEnabled(rule.has_value());
    reloadCandidates();
}

bool DormantDialog::saveLetter()
{
    const int row = m_rules->model()->rowOf(currentRuleId());
    if (row < 0)
        return false;
    const QString text = m_letter->toPlainText();
    const auto rule = DormantRules::rule(m_ctx.session, currentRuleId());
    if (rule && rule->letterTemplate == text)
        return true;
    if (!m_rules->model()->setField(row, QStringLiteral("letter_template"), text)) {
        Prompter::warning(this, tr("Not saved"), m_rules->model()->lastError());
        return false;
    }
    m_letter->document()->setModified(false);
    return true;
}

void DormantDialog::reloadCandidates()
{
    const QSet<QString> ticked = tickedIds(m_candidates);
    m_candidates->clear();
    const QString ruleId = currentRuleId();
    m_create->setEnabled(false);
    m_selectAll->setEnabled(false);
    if (ruleId.isEmpty()) {
        m_summary->setText(tr("Choose or add a rule."));
        return;
    }
    const auto list = DormantRules::candidates(m_ctx.session, ruleId, today(m_ctx.session));
    if (!list) {
        m_summary->setText(list.error().message);
        return;
    }
    const QLocale locale;
    int complaining = 0;
    for (const DormantCandidate& c : *list) {
        auto* item = new QTreeWidgetItem(m_candidates);
        item->setText(CompanyColumn, c.companyName);
        item->setData(CompanyColumn, Qt::UserRole, c.companyId);
        item->setCheckState(
            CompanyColumn, ticked.contains(c.companyId) ? Qt::Checked : Qt::Unchecked);
        item->setText(OwnerColumn, c.ownerName);
        item->setText(PurchaseColumn,
            c.lastPurchase.isValid() ? locale.toString(c.lastPurchase, QLocale::ShortFormat)
                                     : tr("never"));
        const QString contact = c.lastContact.isValid()
            ? locale.toString(c.lastContact.toLocalTime().date(), QLocale::ShortFormat)
            : tr("never");
        item->setText(ContactColumn, contact);
        if (!c.lastActivitySubject.isEmpty())
            item->setToolTip(ContactColumn, c.lastActivitySubject);
        item->setText(DaysColumn, locale.toString(c.daysSince));
        if (c.openComplaints > 0) {
            // No sales letter while a complaint is open: the row cannot be ticked.
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setData(CompanyColumn, Qt::CheckStateRole, QVariant());
            const QString why = tr(
                "%n open complaint(s): no sales letter until resolved", nullptr, c.openComplaints);
            for (int col = 0; col <= DaysColumn; ++col) {
                item->setToolTip(col, why);
                item->setForeground(col, QColor(0x9c, 0xa3, 0xaf));
            }
            ++complaining;
        }
        item->setTextAlignment(DaysColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_summary->setText(list->isEmpty()
            ? tr("No customer is dormant by this rule.")
            : tr("%n customer(s) found. Tick those who should get a follow-up task.", nullptr,
                int(list->size())));
    if (complaining > 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
            + tr("%n with an open complaint left out (greyed).", nullptr, complaining));
    m_create->setEnabled(!list->isEmpty());
    m_selectAll->setEnabled(!list->isEmpty());
}

int DormantDialog::createTasks()
{
    QStringList companyIds;
    for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_candidates->topLevelItem(i);
        if (item->checkState(CompanyColumn) == Qt::Checked)
            companyIds << item->data(CompanyColumn, Qt::UserRole).toString();
    }
    if (companyIds.isEmpty()) {
        m_summary->setText(tr("Tick the customers who should get a follow-up task."));
        return 0;
    }
    const QString ruleId = currentRuleId();
    int created = 0;
    const auto r = BatchCommands::run(m_ctx.undoStack, m_ctx.session, m_ctx.events,
        tr("Create %n follow-up task(s)", nullptr, int(companyIds.size())), [&]() -> Result<void> {
            auto tasks
                = DormantRules::propose(m_ctx.session, ruleId, companyIds, today(m_ctx.session));
            if (!tasks)
                return tasks.error();
            created = int(tasks->size());
            return {};
        });
    if (!r) {
        Prompter::warning(this, tr("No follow-up tasks created"), r.error().message);
        reloadCandidates();
        return 0;
    }
    reloadCandidates();
    m_summary->setText(tr("%n follow-up task(s) created.", nullptr, created));
    return created;
}

} // namespace tandem
