#include "MnemonicText.h"

namespace {

// "(&R)" at position: an opening parenthesis (ASCII or full-width), "&", one key, the matching close.
bool isAppendedMnemonic(const QString& text, qsizetype position)
{
    if (position + 3 >= text.size() || text.at(position + 1) != u'&')
        return false;
    const QChar open = text.at(position);
    const QChar key = text.at(position + 2);
    const QChar close = text.at(position + 3);
    const bool parentheses = (open == u'(' && close == u')') || (open == u'\uFF08' && close == u'\uFF09');
    return parentheses && key != u'&' && !key.isSpace();
}

} // namespace

namespace MnemonicText {

QString withoutMnemonic(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isAppendedMnemonic(text, i)) {
            while (plain.endsWith(u' '))
                plain.chop(1); // "Save (&S)" reads "Save"
            i += 3;
        } else if (text.at(i) != u'&') {
            plain += text.at(i);
        } else if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            plain += u'&';
            ++i;
        }
    }
    return plain;
}

QString fieldName(const QString& label)
{
    QString name = withoutMnemonic(label).trimmed();
    if (name.endsWith(u':') || name.endsWith(u'\uFF1A'))
        name.chop(1);
    return name.trimmed();
}

} // namespace MnemonicText
