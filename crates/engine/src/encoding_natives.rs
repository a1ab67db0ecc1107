//! `__nodescope.encoding`: byte/string conversions and StringDecoder for buffer.js and
//! string_decoder.js, backed by the `nodescope-encoding` crate (contract atop buffer.js).

use crate::host::with_host;
use crate::natives::{bytes_of, uint8array};
use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsArgs, JsNativeError, JsObject, JsResult, JsString, JsValue,
    NativeFunction,
};
use nodescope_encoding::{Encoding, StringDecoder};

fn encoding_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Encoding> {
    let name = args
        .get_or_undefined(i)
        .to_string(context)?
        .to_std_string_escaped();
    Encoding::parse(&name).ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("Unknown encoding: {name}"))
            .into()
    })
}

fn units_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<u16>> {
    Ok(args.get_or_undefined(i).to_string(context)?.to_vec())
}

fn string(units: &[u16]) -> JsValue {
    JsValue::from(JsString::from(units))
}

fn decode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes_of(args.get_or_undefined(0), context)?;
    let enc = encoding_arg(args, 1, context)?;
    Ok(string(&nodescope_encoding::decode_utf16(&bytes, enc)))
}

fn encode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let units = units_arg(args, 0, context)?;
    let enc = encoding_arg(args, 1, context)?;
    uint8array(nodescope_encoding::encode_utf16(&units, enc), context)
}

fn byte_length(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let units = units_arg(args, 0, context)?;
    let enc = encoding_arg(args, 1, context)?;
    Ok(JsValue::from(
        nodescope_encoding::byte_length_utf16(&units, enc) as f64,
    ))
}

fn numbers(values: &[u8], context: &mut Context) -> JsResult<JsValue> {
    let array = JsArray::new(context)?;
    for v in values {
        array.push(JsValue::from(*v as i32), context)?;
    }
    Ok(array.into())
}

fn replacements(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes_of(args.get_or_undefined(0), context)?;
    let array = JsArray::new(context)?;
    for r in nodescope_encoding::utf8_replacements(&bytes) {
        let entry = JsArray::new(context)?;
        entry.push(JsValue::from(r.start as f64), context)?;
        entry.push(JsValue::from(r.len as f64), context)?;
        entry.push(JsValue::from(r.output_index as f64), context)?;
        array.push(JsValue::from(entry), context)?;
    }
    Ok(array.into())
}

fn handle_arg(args: &[JsValue], context: &mut Context) -> JsResult<usize> {
    let h = args.get_or_undefined(0).to_number(context)?;
    let valid = with_host(|host| (h as usize) < host.decoders.len());
    if h < 0.0 || !valid {
        return Err(JsNativeError::typ()
            .with_message("invalid decoder handle")
            .into());
    }
    Ok(h as usize)
}

fn decoder_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let enc = encoding_arg(args, 0, context)?;
    let handle = with_host(|h| {
        h.decoders.push(StringDecoder::new(enc));
        h.decoders.len() - 1
    });
    Ok(JsValue::from(handle as f64))
}

fn decoder_write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handle = handle_arg(args, context)?;
    let bytes = bytes_of(args.get_or_undefined(1), context)?;
    let units = with_host(|h| h.decoders[handle].write(&bytes));
    Ok(string(&units))
}

fn decoder_end(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handle = handle_arg(args, context)?;
    let chunk = args.get_or_undefined(1);
    let bytes = if chunk.is_undefined() || chunk.is_null() {
        None
    } else {
        Some(bytes_of(chunk, context)?)
    };
    let units = with_host(|h| h.decoders[handle].end(bytes.as_deref()));
    Ok(string(&units))
}

fn decoder_state(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handle = handle_arg(args, context)?;
    let decoder = with_host(|h| h.decoders[handle].clone());
    let report = decoder.last_report().clone();
    let expected = match decoder.held_bytes().first() {
        Some(&b) if decoder.encoding() == Encoding::Utf8 && b >= 0xC0 => {
            if b >= 0xF0 {
                4
            } else if b >= 0xE0 {
                3
            } else {
                2
            }
        }
        _ => 0,
    };
    let reason = decoder
        .hold_reason()
        .map_or(JsValue::null(), |r| JsValue::from(JsString::from(r.name())));
    let replacements = JsArray::new(context)?;
    for r in &report.replacements {
        let bytes = numbers(&r.bytes, context)?;
        let entry = ObjectInitializer::new(context)
            .property(js_string!("at"), r.output_index as f64, Attribute::all())
            .property(js_string!("bytes"), bytes, Attribute::all())
            .build();
        replacements.push(JsValue::from(entry), context)?;
    }
    let held_before = numbers(&report.held_before, context)?;
    let completed = numbers(&report.completed, context)?;
    let held_after = numbers(&report.held, context)?;
    let flushed = numbers(&report.flushed, context)?;
    let last = ObjectInitializer::new(context)
        .property(
            js_string!("bytesIn"),
            report.bytes_in as f64,
            Attribute::all(),
        )
        .property(js_string!("heldBefore"), held_before, Attribute::all())
        .property(js_string!("completed"), completed, Attribute::all())
        .property(js_string!("held"), held_after, Attribute::all())
        .property(js_string!("flushed"), flushed, Attribute::all())
        .property(
            js_string!("unitsOut"),
            report.units_out as f64,
            Attribute::all(),
        )
        .property(js_string!("replacements"), replacements, Attribute::all())
        .build();
    let held = numbers(decoder.held_bytes(), context)?;
    let last_char = numbers(&decoder.last_char(), context)?;
    let state = ObjectInitializer::new(context)
        .property(js_string!("held"), held, Attribute::all())
        .property(
            js_string!("needed"),
            decoder.needed() as f64,
            Attribute::all(),
        )
        .property(
            js_string!("total"),
            decoder.last_total() as f64,
            Attribute::all(),
        )
        .property(js_string!("lastChar"), last_char, Attribute::all())
        .property(js_string!("reason"), reason, Attribute::all())
        .property(js_string!("expected"), expected as f64, Attribute::all())
        .property(js_string!("last"), last, Attribute::all())
        .build();
    Ok(state.into())
}

pub fn build(context: &mut Context) -> JsObject {
    type Native = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;
    let functions: &[(&str, Native, usize)] = &[
        ("decode", decode, 2),
        ("encode", encode, 2),
        ("byteLength", byte_length, 2),
        ("replacements", replacements, 1),
        ("decoderNew", decoder_new, 1),
        ("decoderWrite", decoder_write, 2),
        ("decoderEnd", decoder_end, 2),
        ("decoderState", decoder_state, 1),
    ];
    let mut init = ObjectInitializer::new(context);
    for (name, f, len) in functions {
        init.function(NativeFunction::from_fn_ptr(*f), JsString::from(*name), *len);
    }
    init.build()
}
