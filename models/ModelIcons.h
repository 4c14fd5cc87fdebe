#pragma once

#include "Product.h"

#include <QHash>
#include <QIcon>

// The decorations the item models return, loaded from :/icons on first use and kept by the owning model.
class ModelIcons
{
public:
    QIcon engine(Engine engine) const;
    QIcon region() const;
    QIcon ok() const;
    QIcon warning() const;

private:
    QIcon icon(const QString& name) const;

    mutable QHash<QString, QIcon> m_cache;
};
