#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Request parameters as decoded key/value pairs, in the order they were added. Signers sort them themselves.
using ParameterList = QList<QPair<QString, QString>>;
