// The entries a calendar screen shows: one range of days, one or several users' calendars,
// recurring events expanded (core's Calendar service), with their colours and owners' names.
// It reloads itself when activities change, whoever wrote them.
#pragma once

#include "common/UiContext.h"
#include "services/Calendar.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace tandem {

class CalendarModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, KindRole, OwnerRole, KeyRole, ColourRole };
    enum class ColourBy { Kind, Owner };

    explicit CalendarModel(const UiContext& context, QObject* parent = nullptr);

    // Days [first, first + days) in the local zone.
    void setRange(const QDate& first, int days);
    QDate firstDay() const { return m_first; }
    int dayCount() const { return m_days; }
    // Whose calendars; empty: the current user's.
    void setUsers(const QStringList& userIds);
    QStringList users() const { return m_users; }
    void setColourBy(ColourBy by);
    ColourBy colourBy() const { return m_colourBy; }
    void setShowDone(bool on);
    void setZone(const QTimeZone& zone);
    QTimeZone zone() const { return m_zone; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    const CalendarEntry& entry(int row) const { return m_entries.at(row); }
    const QList<CalendarEntry>& entries() const { return m_entries; }
    int rowOfKey(const QString& key) const;
    // The rows that touch a local day (an event over midnight is on both days).
    QList<int> rowsOn(const QDate& day) const;
    QColor colourOf(const CalendarEntry& entry) const;
    static QColor kindColour(const QString& kind);
    QColor userColour(const QString& userId) const;
    QString userName(const QString& userId) const;
    // Title of an entry as the calendar shows it ("Busy" for a colleague's private event).
    QString titleOf(const CalendarEntry& entry) const;
    // The user whose column shows the entry in a side-by-side view.
    QString columnUser(const CalendarEntry& entry) const;

    QDateTime toUtc(const QDate& day, const QTime& time) const;
    QDateTime toLocal(const QDateTime& utc) const { return utc.toTimeZone(m_zone); }

public slots:
    void reload();

signals:
    void reloaded();

private:
    void scheduleReload();

    UiContext m_ctx;
    QDate m_first;
    int m_days = 7;
    QStringList m_users;
    ColourBy m_colourBy = ColourBy::Kind;
    bool m_showDone = true;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<CalendarEntry> m_entries;
    mutable QHash<QString, QString> m_names;
    bool m_reloadPending = false;
};

} // namespace tandem
