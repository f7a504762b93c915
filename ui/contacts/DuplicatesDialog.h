// The review list of likely duplicate contacts or companies: each pair with why it looks like one
// record, the two side by side field by field, and Merge (keeping every linked record and the
// values the user ticks) or "Not duplicates" (the pair is not proposed again).
#pragma once

#include "common/UiContext.h"
#include "services/Duplicates.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTreeWidget;

namespace tandem {

struct EntityDef;

class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    DuplicatesDialog(const UiContext& context, const QString& entity, QWidget* parent = nullptr);

    // Looks for pairs again (also done on opening).
    void reload();
    // Acts on the selected pair; false when there is none or the store refused.
    bool mergeSelected();
    bool dismissSelected();
    // Which record of the selected pair survives: 0 the left one, 1 the right one.
    void setKept(int side);

    QTreeWidget* pairsView() const { return m_pairs; }
    QTableWidget* comparison() const { return m_compare; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* dismissButton() const { return m_dismiss; }

private:
    void showPair();
    void onItemChanged(QTableWidgetItem* item);
    const DuplicatePair* selectedPair() const;
    void removePairsOf(const QString& id);
    void updateButtons();

    UiContext m_ctx;
    const EntityDef& m_def;
    QList<DuplicatePair> m_list;
    QTreeWidget* m_pairs;
    QTableWidget* m_compare;
    QButtonGroup* m_keep;
    QLabel* m_summary;
    QPushButton* m_merge;
    QPushButton* m_dismiss;
    bool m_filling = false;
};

} // namespace tandem
