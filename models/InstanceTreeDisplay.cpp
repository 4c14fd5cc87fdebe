#include "InstanceTreeDisplay.h"

#include "InstancePolicy.h"
#include "InstanceTreeNode.h"
#include "ModelRoles.h"

#include <QBrush>
#include <QPalette>

namespace {

QString kindName(int kind)
{
    static const QStringList names = { QString(),
        QStringLiteral("profile"),
        QStringLiteral("region"),
        QStringLiteral("product"),
        QStringLiteral("instance") };
    return names.value(kind);
}

} // namespace

QVariant InstanceTreeDisplay::data(const Node& node, int role) const
{
    if (role == ModelRoles::NodeKindRole)
        return kindName(int(node.kind));
    if (role == ModelRoles::BusyRole)
        return node.kind == Node::Kind::Profile && node.status.phase == ConnectionStatus::Phase::Loading;
    switch (node.kind) {
    case Node::Kind::Profile:
        return profileData(node, role);
    case Node::Kind::Region:
        return regionData(node, role);
    case Node::Kind::Product:
        return productData(node, role);
    case Node::Kind::Instance:
        return instanceData(node, role);
    case Node::Kind::Root:
        break;
    }
    return {};
}

QVariant InstanceTreeDisplay::profileData(const Node& node, int role) const
{
    const ConnectionStatus& status = node.status;
    switch (role) {
    case Qt::DisplayRole:
        switch (status.phase) {
        case ConnectionStatus::Phase::Loading:
            return tr("%1 (loading…)").arg(node.profileLabel);
        case ConnectionStatus::Phase::Ready:
            return node.profileLabel;
        case ConnectionStatus::Phase::Failed:
            return tr("%1 (failed)").arg(node.profileLabel);
        case ConnectionStatus::Phase::MissingSecret:
            return tr("%1 (secret missing)").arg(node.profileLabel);
        }
        return node.profileLabel;
    case Qt::ToolTipRole: {
        QString tip = tr("Profile %1").arg(node.profileLabel);
        if (!status.message.isEmpty())
            tip += QLatin1Char('\n') + status.message;
        if (!status.code.isEmpty())
            tip += QLatin1Char('\n') + tr("Code: %1").arg(status.code);
        if (!status.requestId.isEmpty())
            tip += QLatin1Char('\n') + tr("RequestId: %1").arg(status.requestId);
        return tip;
    }
    case Qt::DecorationRole:
        if (status.isProblem())
            return m_icons.warning();
        return status.phase == ConnectionStatus::Phase::Ready ? QVariant(m_icons.ok()) : QVariant();
    case ModelRoles::DomainObjectRole:
        return QVariant::fromValue(status);
    case ModelRoles::SortRole:
    case ModelRoles::FilterTextRole:
        return node.profileLabel.toLower();
    default:
        return {};
    }
}

QVariant InstanceTreeDisplay::regionData(const Node& node, int role) const
{
    const Region& r = node.region;
    switch (role) {
    case Qt::DisplayRole:
        return r.localName.isEmpty() || r.localName == r.id ? r.id : tr("%1 (%2)").arg(r.localName, r.id);
    case Qt::ToolTipRole:
        return r.endpoint.isEmpty() ? r.id : tr("%1\nEndpoint: %2").arg(r.id, r.endpoint);
    case Qt::DecorationRole:
        return m_icons.region();
    case ModelRoles::DomainObjectRole:
        return QVariant::fromValue(r);
    case ModelRoles::SortRole:
        return r.localName.isEmpty() ? r.id.toLower() : r.localName.toLower();
    case ModelRoles::FilterTextRole:
        return (r.id + QLatin1Char('\n') + r.localName).toLower();
    default:
        return {};
    }
}

QVariant InstanceTreeDisplay::productData(const Node& node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // Spelled out rather than %n so the untranslated English reads right too.
        return node.children.size() == 1
            ? tr("%1 (1 instance)").arg(ProductInfo::productDisplayName(node.product))
            : tr("%1 (%2 instances)").arg(ProductInfo::productDisplayName(node.product)).arg(node.children.size());
    case Qt::DecorationRole:
        return node.product == Product::Redis ? m_icons.engine(Engine::Redis) : QVariant();
    case ModelRoles::DomainObjectRole:
        return QVariant::fromValue(node.product);
    case ModelRoles::SortRole:
        return int(node.product);
    case ModelRoles::FilterTextRole:
        return ProductInfo::productDisplayName(node.product).toLower();
    default:
        return {};
    }
}

QVariant InstanceTreeDisplay::instanceData(const Node& node, int role) const
{
    const Instance& i = node.instance;
    switch (role) {
    case Qt::DisplayRole: {
        const QString engine = ProductInfo::engineDisplayName(i.engine) + QLatin1Char(' ') + i.engineVersion;
        if (i.description.isEmpty() || i.description == i.id)
            return tr("%1 · %2 · %3").arg(i.id, engine.trimmed(), i.status);
        return tr("%1 — %2 · %3 · %4").arg(i.id, i.description, engine.trimmed(), i.status);
    }
    case Qt::ToolTipRole: {
        const FieldCheck manage = InstancePolicy::canManageAccounts(i);
        QString tip
            = tr("%1\n%2 %3, %4\nStatus: %5")
                  .arg(i.id,
                      ProductInfo::engineDisplayName(i.engine),
                      i.engineVersion,
                      i.product == Product::Redis ? ProductInfo::architectureWireName(i.architecture) : i.instanceClass,
                      i.status);
        if (!manage.isValid())
            tip += QLatin1Char('\n') + manage.message;
        return tip;
    }
    case Qt::DecorationRole:
        return InstancePolicy::canManageAccounts(i).isValid() ? m_icons.engine(i.engine) : m_icons.warning();
    case Qt::ForegroundRole:
        if (!InstancePolicy::canManageAccounts(i).isValid())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case ModelRoles::DomainObjectRole:
        return QVariant::fromValue(i);
    case ModelRoles::SortRole:
        return i.id.toLower();
    case ModelRoles::FilterTextRole:
        return (i.id + QLatin1Char('\n') + i.description + QLatin1Char('\n') + ProductInfo::engineWireName(i.engine)
            + QLatin1Char('\n') + i.status)
            .toLower();
    default:
        return {};
    }
}
