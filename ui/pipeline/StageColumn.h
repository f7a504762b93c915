// One column of the board: the stage's name and figures, and its deals as cards.
#pragma once

#include <QFrame>

class QLabel;
class QListView;

namespace tandem {

class BoardModel;

class StageColumn : public QFrame {
    Q_OBJECT
public:
    StageColumn(BoardModel* model, int stageRow, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    int stageRow() const { return m_row; }
    QString stageId() const;
    // Count, total and weighted total, from the model.
    void updateHeading();
    QString headingText() const;

private:
    BoardModel* m_model;
    int m_row;
    QLabel* m_name;
    QLabel* m_figures;
    QListView* m_list;
};

} // namespace tandem
