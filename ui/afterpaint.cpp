#include "afterpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

namespace {

// A child of the context that runs the work when its event arrives, then goes.
class AfterPaintEvent : public QObject
{
public:
    AfterPaintEvent(QObject *context, std::function<void()> work)
        : QObject(context)
        , m_work(std::move(work))
    {}

    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != type())
            return QObject::event(event);
        const std::function<void()> work = std::move(m_work);
        deleteLater();
        work();
        return true;
    }

private:
    std::function<void()> m_work;
};

} // namespace

void AfterPaint::post(QObject *context, std::function<void()> work)
{
    auto *carrier = new AfterPaintEvent(context, std::move(work));
    // Below the paint request's Qt::LowEventPriority: handled after it, even when posted after it.
    QCoreApplication::postEvent(carrier, new QEvent(AfterPaintEvent::type()), Qt::LowEventPriority - 1);
}
