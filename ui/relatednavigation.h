#pragma once

#include <QList>
#include <QString>

// Back and forward through what the Related panel opened, like a browser's: visiting a tab after going back
// drops the entries ahead of it; closing a tab removes its entries. Keys only (the panel's tab keys), so
// every rule is tested without widgets.
struct RelatedNavigation
{
    static constexpr int maxEntries = 50; // the oldest go first

    QList<QString> entries;
    int current = -1;

    void visit(const QString &key);
    bool canGoBack() const { return current > 0; }
    bool canGoForward() const { return current >= 0 && current + 1 < entries.size(); }
    // The key gone back or forward to, or empty when there is nowhere to go.
    QString back();
    QString forward();
    void remove(const QString &key);
    void clear();
    QString currentKey() const { return current >= 0 ? entries.at(current) : QString(); }
};
