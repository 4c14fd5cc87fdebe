#pragma once

#include <QString>

// A label's text as a screen reader or a title should say it, without the keyboard mnemonic. English marks the key
// inside the word ("&Reset Password…"); the Chinese catalogue appends it ("重置密码(&R)…"), where removing only the
// "&" would leave "(R)" in the name. Both go, and "&&" (a literal ampersand) stays one "&".
namespace MnemonicText {
QString withoutMnemonic(const QString& text);
// A form label as the field's accessible name: no mnemonic and no closing colon (":" or the full-width "："),
// "&Name:" -> "Name", "名称(&N)：" -> "名称".
QString fieldName(const QString& label);
} // namespace MnemonicText
