#include "relatednavigation.h"

void RelatedNavigation::visit(const QString &key)
{
    if (key.isEmpty() || currentKey() == key)
        return;
    // Going somewhere new after going back forgets the way forward, as a browser does.
    while (entries.size() > current + 1)
        entries.removeLast();
    entries.append(key);
    while (entries.size() > maxEntries)
        entries.removeFirst();
    current = int(entries.size()) - 1;
}

QString RelatedNavigation::back()
{
    if (!canGoBack())
        return {};
    return entries.at(--current);
}

QString RelatedNavigation::forward()
{
    if (!canGoForward())
        return {};
    return entries.at(++current);
}

void RelatedNavigation::remove(const QString &key)
{
    for (int i = int(entries.size()) - 1; i >= 0; --i) {
        if (entries.at(i) != key)
            continue;
        entries.removeAt(i);
        if (i <= current)
            --current;
    }
    // Two neighbours that are now the same place are one step.
    for (int i = int(entries.size()) - 1; i > 0; --i) {
        if (entries.at(i) == entries.at(i - 1)) {
            entries.removeAt(i);
            if (i <= current)
                --current;
        }
    }
    if (entries.isEmpty())
        current = -1;
    else if (current < 0)
        current = 0;
}

void RelatedNavigation::clear()
{
    entries.clear();
    current = -1;
}
