// A colleague at a glance: role, manager and team, skills as chips (what to ask them about), phone
// and e-mail, and the territories they own.
#pragma once

#include "common/UiContext.h"
#include "records/RecordPage.h"

class QLabel;
class QPushButton;

namespace tandem {

class UserCardView : public RecordPage {
    Q_OBJECT
public:
    explicit UserCardView(const UiContext& context, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    QLabel* factsLabel() const { return m_facts; }
    QLabel* skillsLabel() const { return m_skills; }
    QLabel* territoriesLabel() const { return m_territories; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();

    UiContext m_ctx;
    QString m_id;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_skills;
    QLabel* m_territories;
    QPushButton* m_edit;
};

} // namespace tandem
