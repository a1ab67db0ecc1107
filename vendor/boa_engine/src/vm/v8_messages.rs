//! nodescope patch: the texts of V8's TypeErrors for the engine's own errors, so that programs
//! which print `err.message` show what node prints.

use crate::{JsError, JsNativeError, JsValue, property::PropertyKey};

/// `undefined` or `null`, as V8 names the base of a failed property access.
fn nullish_name(base: &JsValue) -> &'static str {
    if base.is_null() { "null" } else { "undefined" }
}

/// A property key as V8 quotes it in messages: the string, the index, or `Symbol(desc)`.
pub(crate) fn key_text(key: &PropertyKey) -> String {
    match key {
        PropertyKey::String(s) => s.to_std_string_escaped(),
        PropertyKey::Index(i) => i.get().to_string(),
        PropertyKey::Symbol(sym) => sym.descriptive_string().to_std_string_escaped(),
    }
}

/// `Cannot read properties of undefined (reading 'x')`; for `Symbol.iterator`, V8's
/// `undefined is not iterable (cannot read property Symbol(Symbol.iterator))`.
pub(crate) fn cannot_read(base: &JsValue, key: &PropertyKey) -> JsError {
    if let PropertyKey::Symbol(symbol) = key
        && *symbol == crate::JsSymbol::iterator()
    {
        return JsNativeError::typ()
            .with_message(format!(
                "{} is not iterable (cannot read property Symbol(Symbol.iterator))",
                nullish_name(base)
            ))
            .into();
    }
    JsNativeError::typ()
        .with_message(format!(
            "Cannot read properties of {} (reading '{}')",
            nullish_name(base),
            key_text(key)
        ))
        .into()
}

/// `Cannot set properties of undefined (setting 'x')`.
pub(crate) fn cannot_set(base: &JsValue, key: &PropertyKey) -> JsError {
    JsNativeError::typ()
        .with_message(format!(
            "Cannot set properties of {} (setting '{}')",
            nullish_name(base),
            key_text(key)
        ))
        .into()
}

/// `obj.f is not a function` / `X is not a constructor`, naming the callee of the current call
/// instruction as V8 does; Boa's own text when the instruction has no recorded callee.
pub(crate) fn not_callable(context: &crate::Context, constructor: bool) -> JsError {
    let frame = context.vm.frame();
    let message = match frame.code_block().callee_text_at(frame.pc) {
        Some(text) if constructor => format!("{} is not a constructor", text.to_std_string_escaped()),
        Some(text) => format!("{} is not a function", text.to_std_string_escaped()),
        None if constructor => "not a constructor".to_string(),
        None => "not a callable function".to_string(),
    };
    JsNativeError::typ().with_message(message).into()
}
