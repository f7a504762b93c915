#include "settings/DocumentSettingsPage.h"

#include "common/Prompter.h"
#include "documents/DocumentRender.h"
#include "documents/DocumentTemplates.h"
#include "domain/FieldFormat.h"
#include "services/Quotes.h"
#include "store/Session.h"
#include "util/Clock.h"

#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

namespace {

const QString kLetterhead = QStringLiteral("letterhead");
const QString kApproval = QStringLiteral("quote_approval_discount");
const QString kValidDays = QStringLiteral("quote_valid_days");
constexpr int kDefaultValidDays = 30; // what Quotes::create takes when nothing is set

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under its field, whatever height it gets
    return label;
}

} // namespace

DocumentSettingsPage::DocumentSettingsPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_letterhead(new QPlainTextEdit(this))
    , m_approval(new QDoubleSpinBox(this))
    , m_validDays(new QSpinBox(this))
    , m_series(new QLineEdit(this))
    , m_seriesExample(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_templatesState(new QLabel(this))
    , m_openFolder(new QPushButton(tr("Open folder"), this))
    , m_copyTemplates(new QPushButton(tr("Copy the shipped templates there"), this))
{
    m_letterhead->setAccessibleName(tr("Letterhead lines"));
    m_letterhead->setTabChangesFocus(true);
    m_letterhead->setFixedHeight(m_letterhead->fontMetrics().lineSpacing() * 4 + 12);

    m_approval->setAccessibleName(tr("Discount needing a manager's approval"));
    m_approval->setRange(0, 100);
    m_approval->setDecimals(2);
    m_approval->setSuffix(tr(" %"));
    m_approval->setSpecialValueText(tr("Never"));

    m_validDays->setAccessibleName(tr("Offers valid for"));
    m_validDays->setRange(1, 999);
    m_validDays->setSuffix(tr(" days"));

    m_series->setAccessibleName(tr("Quote number series on this computer"));
    m_series->setMaximumWidth(m_series->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 8);
    m_seriesExample->setForegroundRole(QPalette::PlaceholderText);
    connect(m_series, &QLineEdit::textChanged, this, &DocumentSettingsPage::showSeriesExample);
    auto* seriesRow = new QHBoxLayout;
    seriesRow->addWidget(m_series);
    seriesRow->addWidget(m_seriesExample, 1);

    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_templatesState->setWordWrap(true);
    m_templatesState->hide(); // until there is something to say
    connect(m_openFolder, &QPushButton::clicked, this, &DocumentSettingsPage::openFolder);
    connect(m_copyTemplates, &QPushButton::clicked, this, &DocumentSettingsPage::copyTemplates);
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_openFolder);
    templateButtons->addWidget(m_copyTemplates);
    templateButtons->addStretch(1);
    auto* templates = new QVBoxLayout;
    templates->addLayout(templateButtons);
    templates->addWidget(m_templatesState);

    auto labelled = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Letterhead:"), m_letterhead);
    form->addRow(QString(),
        note(tr("Under the company's name on every page, one line each. Empty: the Company tab's "
                "address, VAT code, phone, e-mail and website."),
            this));
    form->addRow(tr("Discount needing &approval:"), m_approval);
    form->addRow(QString(),
        note(tr("A quote with a larger discount is sent once a manager approves it."), this));
    form->addRow(tr("Offers &valid for:"), m_validDays);
    form->addRow(labelled(tr("Number &series:"), m_series), seriesRow);
    form->addRow(QString(),
        note(tr("1 to 4 letters or digits, for the quotes made on this computer: laptops making "
                "offers offline never give two the same number."),
            this));
    form->addRow(tr("Templates folder:"), m_folder);
    form->addRow(QString(), templates);
    form->addRow(
        QString(), note(tr("Your own templates (HTML) there win over the shipped ones."), this));
}

QString DocumentSettingsPage::folder() const
{
    return DocumentRender::templateFolder(m_ctx.session.database());
}

void DocumentSettingsPage::load()
{
    Session& s = m_ctx.session;
    m_letterhead->setPlainText(s.setting(kLetterhead));
    // Read as Quotes reads them: a percentage with up to two decimals, unset meaning never.
    const auto threshold = parseScaled(s.setting(kApproval).trimmed(), 2);
    m_approval->setValue(threshold && *threshold > 0 ? double(*threshold) / 100.0 : 0.0);
    bool ok = false;
    const int days = s.setting(kValidDays).toInt(&ok);
    m_validDays->setValue(ok && days > 0 ? days : kDefaultValidDays);
    m_series->setText(Quotes::series(s));
    m_shownApproval = m_approval->value();
    m_shownValidDays = m_validDays->value();
    m_shownSeries = m_series->text();
    m_folder->setText(QDir::toNativeSeparators(folder()));
    m_templatesState->clear();
    m_templatesState->hide();
    showSeriesExample();
}

Result<void> DocumentSettingsPage::save()
{
    Session& s = m_ctx.session;
    m_errorField = nullptr;
    // The series first: core may refuse it, and then the dialog's transaction saves nothing.
    if (m_series->text().trimmed().compare(m_shownSeries, Qt::CaseInsensitive) != 0) {
        if (auto r = Quotes::setSeries(s, m_series->text()); !r) {
            m_errorField = m_series;
            return r;
        }
    }
    QList<QPair<QString, QString>> team {
        { kLetterhead, m_letterhead->toPlainText().trimmed() },
    };
    if (m_approval->value() != m_shownApproval) {
        const qint64 hundredths = qRound64(m_approval->value() * 100);
        team.append({ kApproval, hundredths > 0 ? formatScaled(hundredths, 2) : QString() });
    }
    if (m_validDays->value() != m_shownValidDays)
        team.append({ kValidDays, QString::number(m_validDays->value()) });
    for (const auto& [key, value] : team) {
        if (s.setting(key) == value)
            continue; // unchanged values do not become changes to sync
        if (auto r = s.setSetting(key, value); !r) {
            m_errorField = m_letterhead;
            return r;
        }
    }
    return {};
}

void DocumentSettingsPage::showSeriesExample()
{
    const auto next = Quotes::nextNumber(m_ctx.session, m_series->text());
    //: Settings › Offers and documents, beside the number series: "Next offers: Q-2026-VN-0001"
    m_seriesExample->setText(next ? tr("Next offers: %1").arg(*next) : QString());
}

void DocumentSettingsPage::openFolder()
{
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        Prompter::warning(this, tr("Document templates"),
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    const QUrl url = QUrl::fromLocalFile(dir);
    if (m_opener)
        m_opener(url);
    else if (!QDesktopServices::openUrl(url))
        Prompter::information(this, tr("Document templates"),
            tr("The templates are in %1.").arg(QDir::toNativeSeparators(dir)));
}

void DocumentSettingsPage::copyTemplates()
{
    const QString dir = folder();
    const auto written = DocumentTemplates::exportDefaults(dir);
    if (!written) {
        Prompter::warning(this, tr("Document templates"), written.error().toString());
        return;
    }
    const int there = int(QDir(dir).entryList({ QStringLiteral("*.html") }, QDir::Files).size());
    const int copied = int(written->size());
    const int kept = std::max(0, there - copied);
    m_templatesState->show();
    m_templatesState->setText(copied == 0
            ? tr("All the templates were there already; none was changed.")
            : tr("Copied %n template(s).", nullptr, copied)
                + (kept > 0 ? QLatin1Char(' ')
                            + tr("Kept %n template(s) already there unchanged.", nullptr, kept)
                            : QString()));
}

} // namespace tandem
