#pragma once

#include <QString>

// The answer of one rule check on one field: valid, still incomplete (the user may be mid-typing and can
// still make it valid by typing more), or invalid. message says, in words a helpdesk user understands,
// which rule is broken; it is empty only when the state is Valid.
struct FieldCheck
{
    enum class State { Valid, Intermediate, Invalid };

    State state = State::Valid;
    QString message;

    bool isValid() const { return state == State::Valid; }
    static FieldCheck valid() { return {}; }
    static FieldCheck intermediate(const QString& why) { return { State::Intermediate, why }; }
    static FieldCheck invalid(const QString& why) { return { State::Invalid, why }; }
};
