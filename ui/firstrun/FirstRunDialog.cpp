#include "firstrun/FirstRunDialog.h"

#include "common/Icons.h"
#include "services/DemoData.h"
#include "services/Workspace.h"
#include "store/Session.h"
#include "store/Transaction.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

struct CurrencyName {
    const char* code;
    const char* name;
};

const CurrencyName kCurrencies[] = {
    { "EUR", QT_TRANSLATE_NOOP("FirstRunDialog", "Euro") },
    { "PLN", QT_TRANSLATE_NOOP("FirstRunDialog", "Polish złoty") },
    { "UAH", QT_TRANSLATE_NOOP("FirstRunDialog", "Ukrainian hryvnia") },
    { "RON", QT_TRANSLATE_NOOP("FirstRunDialog", "Romanian leu") },
    { "MDL", QT_TRANSLATE_NOOP("FirstRunDialog", "Moldovan leu") },
    { "USD", QT_TRANSLATE_NOOP("FirstRunDialog", "US dollar") },
    { "GBP", QT_TRANSLATE_NOOP("FirstRunDialog", "Pound sterling") },
    { "CHF", QT_TRANSLATE_NOOP("FirstRunDialog", "Swiss franc") },
    { "CZK", QT_TRANSLATE_NOOP("FirstRunDialog", "Czech koruna") },
    { "SEK", QT_TRANSLATE_NOOP("FirstRunDialog", "Swedish krona") },
    { "NOK", QT_TRANSLATE_NOOP("FirstRunDialog", "Norwegian krone") },
    { "DKK", QT_TRANSLATE_NOOP("FirstRunDialog", "Danish krone") },
    { "HUF", QT_TRANSLATE_NOOP("FirstRunDialog", "Hungarian forint") },
    { "BGN", QT_TRANSLATE_NOOP("FirstRunDialog", "Bulgarian lev") },
};

QLabel* descriptionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(26, 0, 0, 0);
    return label;
}

QFrame* card(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("choiceCard"));
    frame->setStyleSheet(
        QStringLiteral("QFrame#choiceCard { border: 1px solid palette(mid); border-radius: 8px;"
                       " background: palette(base); }"));
    return frame;
}

} // namespace

void FirstRunDialog::addCurrencies(QComboBox* box)
{
    for (const CurrencyName& c : kCurrencies)
        box->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(c.code),
                         QCoreApplication::translate("FirstRunDialog", c.name)),
            QString::fromLatin1(c.code));
}

QStringList FirstRunDialog::currencies()
{
    QStringList codes;
    for (const CurrencyName& c : kCurrencies)
        codes << QString::fromLatin1(c.code);
    return codes;
}

FirstRunDialog::FirstRunDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Tandem"));
    setWindowIcon(Icons::application());
    setMinimumWidth(560);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(QSize(56, 56)));
    auto* titles = new QVBoxLayout;
    auto* title = new QLabel(tr("Welcome to Tandem"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* subtitle = new QLabel(
        tr("Your CRM lives in one file on this computer. How would you like to start?"), this);
    subtitle->setWordWrap(true);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    layout->addSpacing(4);

    m_choices = new QButtonGroup(this);
    layout->addWidget(buildEmptyOption());
    layout->addWidget(buildDemoOption());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    layout->addWidget(buttons);

    connect(m_choices, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });
    setChoice(Choice::StartEmpty);
    m_company->setFocus();
}

QWidget* FirstRunDialog::buildEmptyOption()
{
    QFrame* frame = card(this);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    m_empty = new QRadioButton(tr("Start empty"), frame);
    m_empty->setObjectName(QStringLiteral("startEmpty"));
    QFont bold = m_empty->font();
    bold.setBold(true);
    m_empty->setFont(bold);
    m_choices->addButton(m_empty, int(Choice::StartEmpty));
    layout->addWidget(m_empty);
    layout->addWidget(
        descriptionLabel(tr("Name your company and yourself, then add your own contacts."), frame));

    m_emptyFields = new QWidget(frame);
    auto* form = new QFormLayout(m_emptyFields);
    form->setContentsMargins(26, 6, 0, 0);
    m_company = new QLineEdit(m_emptyFields);
    m_company->setObjectName(QStringLiteral("companyName"));
    m_company->setPlaceholderText(tr("e.g. UAB Baltic Trade"));
    m_user = new QLineEdit(m_emptyFields);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setPlaceholderText(tr("e.g. Ona Petraitienė"));
    m_currency = new QComboBox(m_emptyFields);
    m_currency->setObjectName(QStringLiteral("currency"));
    addCurrencies(m_currency);
    // Start with the currency of where the user is.
    const int local = m_currency->findData(QLocale().currencySymbol(QLocale::CurrencyIsoCode));
    m_currency->setCurrentIndex(std::max(0, local));
    form->addRow(tr("Company name:"), m_company);
    form->addRow(tr("Your name:"), m_user);
    form->addRow(tr("Currency:"), m_currency);
    layout->addWidget(m_emptyFields);
    return frame;
}

QWidget* FirstRunDialog::buildDemoOption()
{
    QFrame* frame = card(this);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    m_demo = new QRadioButton(tr("Explore with demo data"), frame);
    m_demo->setObjectName(QStringLiteral("exploreDemo"));
    QFont bold = m_demo->font();
    bold.setBold(true);
    m_demo->setFont(bold);
    m_choices->addButton(m_demo, int(Choice::ExploreDemo));
    layout->addWidget(m_demo);
    layout->addWidget(descriptionLabel(
        tr("A made-up trading company with 2,000 contacts and their companies, leads, deals "
           "and activities, in six languages. Good for trying things out; start a new "
           "database for your real work."),
        frame));
    m_progress = new QProgressBar(frame);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("Writing demo data… %p%"));
    m_progress->hide();
    layout->addWidget(m_progress);
    return frame;
}

QSize FirstRunDialog::sizeHint() const
{
    QSize size = QDialog::sizeHint();
    size.setWidth(std::max(size.width(), minimumWidth()));
    if (hasHeightForWidth())
        size.setHeight(heightForWidth(size.width()));
    return size;
}

void FirstRunDialog::setChoice(Choice choice)
{
    (choice == Choice::StartEmpty ? m_empty : m_demo)->setChecked(true);
    updateEnabled();
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    return m_demo->isChecked() ? Choice::ExploreDemo : Choice::StartEmpty;
}

QString FirstRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunDialog::updateEnabled()
{
    m_emptyFields->setEnabled(!m_busy && choice() == Choice::StartEmpty);
    m_empty->setEnabled(!m_busy);
    m_demo->setEnabled(!m_busy);
    m_start->setEnabled(!m_busy);
    m_quit->setEnabled(!m_busy);
}

void FirstRunDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FirstRunDialog::accept()
{
    if (m_busy)
        return;
    showError({});
    const bool done = choice() == Choice::StartEmpty ? startEmpty() : startDemo();
    if (done)
        QDialog::accept();
}

bool FirstRunDialog::startEmpty()
{
    WorkspaceSetup setup;
    setup.companyName = m_company->text().trimmed();
    setup.userName = m_user->text().trimmed();
    setup.currency = m_currency->currentData().toString();
    const auto user = Workspace::initialise(m_session, setup);
    if (!user) {
        showError(user.error().message);
        if (user.error().field == QLatin1String("company"))
            m_company->setFocus();
        else if (user.error().field == QLatin1String("user"))
            m_user->setFocus();
        return false;
    }
    return true;
}

bool FirstRunDialog::startDemo()
{
    m_busy = true;
    updateEnabled();
    m_progress->setValue(0);
    m_progress->show();
    // One transaction: if the demo cannot be written, the database stays new and empty.
    Transaction transaction(m_session.database());
    WorkspaceSetup setup;
    setup.companyName = tr("Tandem Demo");
    setup.userName = tr("Demo Manager");
    setup.currency = QStringLiteral("EUR");
    Result<void> result;
    if (auto user = Workspace::initialise(m_session, setup); !user) {
        result = user.error();
    } else {
        DemoOptions options;
        options.contacts = m_demoContacts;
        const auto stats = generateDemo(m_session, options, [this](int percent) {
            m_progress->setValue(percent);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        });
        if (!stats)
            result = stats.error();
    }
    if (result)
        result = transaction.commit();
    else
        transaction.rollback();
    m_busy = false;
    updateEnabled();
    if (!result) {
        m_progress->hide();
        showError(tr("The demo data could not be written: %1").arg(result.error().message));
        return false;
    }
    m_progress->setValue(100);
    return true;
}

} // namespace tandem
