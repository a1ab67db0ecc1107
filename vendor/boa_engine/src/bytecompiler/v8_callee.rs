//! nodescope patch: how V8 names the callee of a failed call (`obj.a.b is not a function`,
//! `Promise.resolve(...).x is not a function`, `(intermediate value).x is not a constructor`),
//! rendered from the AST at compile time and kept per call instruction in the code block.

use boa_ast::{
    Expression,
    expression::{
        access::{PropertyAccess, PropertyAccessField},
        literal::LiteralKind,
        operator::binary::BinaryOp,
    },
};
use boa_interner::{Interner, ToInternedString};

const INTERMEDIATE: &str = "(intermediate value)";

/// The text V8's call printer shows for `expr` when it is called and is not callable.
pub(crate) fn callee_text(expr: &Expression, interner: &Interner) -> String {
    match expr {
        Expression::Identifier(ident) => interner.resolve_expect(ident.sym()).to_string(),
        Expression::This(_) => "this".to_string(),
        Expression::Parenthesized(inner) => callee_text(inner.expression(), interner),
        Expression::Literal(literal) => match literal.kind() {
            LiteralKind::String(sym) => format!("\"{}\"", interner.resolve_expect(*sym)),
            LiteralKind::Num(_)
            | LiteralKind::Int(_)
            | LiteralKind::BigInt(_)
            | LiteralKind::Bool(_)
            | LiteralKind::Null
            | LiteralKind::Undefined => literal.to_interned_string(interner),
        },
        Expression::ObjectLiteral(object) if object.properties().is_empty() => "{}".to_string(),
        Expression::ArrayLiteral(array) if array.as_ref().is_empty() => "[]".to_string(),
        Expression::PropertyAccess(PropertyAccess::Simple(access)) => {
            let target = callee_text(access.target(), interner);
            format!("{target}{}", field_text(access.field(), interner))
        }
        Expression::PropertyAccess(PropertyAccess::Private(access)) => {
            let target = callee_text(access.target(), interner);
            format!(
                "{target}.#{}",
                interner.resolve_expect(access.field().description())
            )
        }
        Expression::PropertyAccess(PropertyAccess::Super(access)) => {
            format!("super{}", field_text(access.field(), interner))
        }
        Expression::Call(call) => format!("{}(...)", callee_text(call.function(), interner)),
        Expression::Optional(_) => expr.to_interned_string(interner),
        Expression::Binary(binary) => {
            let op = match binary.op() {
                BinaryOp::Comma => ",".to_string(),
                op => op.to_string(),
            };
            format!(
                "({} {op} {})",
                callee_text(binary.lhs(), interner),
                callee_text(binary.rhs(), interner)
            )
        }
        _ => INTERMEDIATE.to_string(),
    }
}

/// `.name` for a constant or string-literal key (V8 prints `obj['a b']` as `obj.a b`), else
/// `[expr]`.
fn field_text(field: &PropertyAccessField, interner: &Interner) -> String {
    match field {
        PropertyAccessField::Const(ident) => format!(".{}", interner.resolve_expect(ident.sym())),
        PropertyAccessField::Expr(expr) => match expr.as_ref() {
            Expression::Literal(literal) if matches!(literal.kind(), LiteralKind::String(_)) => {
                let LiteralKind::String(sym) = literal.kind() else {
                    unreachable!()
                };
                format!(".{}", interner.resolve_expect(*sym))
            }
            other => format!("[{}]", callee_text(other, interner)),
        },
    }
}
