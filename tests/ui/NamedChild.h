#pragma once

#include <QAbstractItemView>
#include <QComboBox>
#include <QObject>
#include <QString>
#include <QtGlobal>

// The widget a test drives, found by the object name its dialog gives it (the name accessibility tools and style
// sheets see) rather than through an accessor only tests would call. A test cannot go on without the widget it
// drives, so a missing one stops the test with a message that names it.
template<typename T>
T* namedChild(const QObject* parent, const char* name)
{
    T* child = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!child)
        qFatal("No %s named \"%s\" in %s",
            T::staticMetaObject.className(),
            name,
            parent ? parent->metaObject()->className() : "(null)");
    return child;
}

template<typename T>
T* namedChild(const QObject& parent, const char* name)
{
    return namedChild<T>(&parent, name);
}

// The rows the one table view in parent shows, as the model type the test reads them as.
template<typename M>
M* tableModel(const QObject* parent)
{
    auto* view = parent ? parent->findChild<QAbstractItemView*>() : nullptr;
    auto* model = view ? qobject_cast<M*>(view->model()) : nullptr;
    if (!model)
        qFatal("No table of %s in %s",
            M::staticMetaObject.className(),
            parent ? parent->metaObject()->className() : "(null)");
    return model;
}

template<typename M>
M* tableModel(const QObject& parent)
{
    return tableModel<M>(&parent);
}

// Picks the entry whose data is value, as a user picking it from the list would; a missing entry stops the test.
inline void chooseData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    if (index < 0)
        qFatal("%s offers no entry %s", qPrintable(combo->objectName()), qPrintable(value.toString()));
    combo->setCurrentIndex(index);
}
