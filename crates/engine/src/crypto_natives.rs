//! `__nodescope.crypto`: real digests, HMAC, PBKDF2 and scrypt for crypto.js, from pure-Rust
//! RustCrypto crates (they build for wasm32 without getrandom), and random bytes drawn from the
//! run's seeded generator (the same stream as `Math.random()`), so runs stay deterministic.
//!
//! Hash and HMAC states live in the data of small JS objects (`hashNew`, `hmacNew`), so the
//! garbage collector frees them; `hashDigest` consumes a state. What the work costs in simulated
//! time is decided by crypto.js (it knows whether the work is on the main thread or the pool).

use crate::host::with_host;
use crate::natives::{bytes_of, sync_cpu, uint8array};
use boa_engine::object::ObjectInitializer;
use boa_engine::{
    js_string, Context, JsArgs, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue,
    NativeFunction,
};
use boa_gc::{Finalize, Trace};
use sha2::digest::{Digest, ExtendableOutput, FixedOutput, KeyInit, Update};
use std::cell::RefCell;
use std::collections::VecDeque;

/// The digests Node v20 (OpenSSL 3) offers in `crypto.getHashes()`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Alg {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Ripemd160,
    Blake2b512,
    Blake2s256,
    Sm3,
    Md5Sha1,
}

impl Alg {
    /// OpenSSL's names are case-insensitive and have aliases (`RSA-SHA256`, `sha-256`,
    /// `sha256WithRSAEncryption`, `rmd160`, …).
    fn parse(name: &str) -> Option<Alg> {
        let lower = name.to_ascii_lowercase();
        let mut n = lower.as_str();
        n = n.strip_prefix("rsa-").unwrap_or(n);
        n = n.strip_prefix("id-rsassa-pkcs1-v1_5-with-").unwrap_or(n);
        n = n.strip_suffix("withrsaencryption").unwrap_or(n);
        n = n.strip_suffix("withrsa").unwrap_or(n);
        Some(match n {
            "md5" | "ssl3-md5" => Alg::Md5,
            "sha1" | "sha-1" | "ssl3-sha1" | "sha1-2" => Alg::Sha1,
            "sha224" | "sha-224" | "sha2-224" => Alg::Sha224,
            "sha256" | "sha-256" | "sha2-256" => Alg::Sha256,
            "sha384" | "sha-384" | "sha2-384" => Alg::Sha384,
            "sha512" | "sha-512" | "sha2-512" => Alg::Sha512,
            "sha512-224" | "sha-512/224" | "sha2-512/224" | "sha512/224" => Alg::Sha512_224,
            "sha512-256" | "sha-512/256" | "sha2-512/256" | "sha512/256" => Alg::Sha512_256,
            "sha3-224" => Alg::Sha3_224,
            "sha3-256" => Alg::Sha3_256,
            "sha3-384" => Alg::Sha3_384,
            "sha3-512" => Alg::Sha3_512,
            "shake128" => Alg::Shake128,
            "shake256" => Alg::Shake256,
            "ripemd" | "ripemd160" | "ripemd-160" | "rmd160" => Alg::Ripemd160,
            "blake2b512" => Alg::Blake2b512,
            "blake2s256" => Alg::Blake2s256,
            "sm3" => Alg::Sm3,
            "md5-sha1" => Alg::Md5Sha1,
            _ => return None,
        })
    }

    /// The canonical name (the one `crypto.getHashes()` lists) for crypto.js's cost table.
    fn canonical(self) -> &'static str {
        match self {
            Alg::Md5 => "md5",
            Alg::Sha1 => "sha1",
            Alg::Sha224 => "sha224",
            Alg::Sha256 => "sha256",
            Alg::Sha384 => "sha384",
            Alg::Sha512 => "sha512",
            Alg::Sha512_224 => "sha512-224",
            Alg::Sha512_256 => "sha512-256",
            Alg::Sha3_224 => "sha3-224",
            Alg::Sha3_256 => "sha3-256",
            Alg::Sha3_384 => "sha3-384",
            Alg::Sha3_512 => "sha3-512",
            Alg::Shake128 => "shake128",
            Alg::Shake256 => "shake256",
            Alg::Ripemd160 => "ripemd160",
            Alg::Blake2b512 => "blake2b512",
            Alg::Blake2s256 => "blake2s256",
            Alg::Sm3 => "sm3",
            Alg::Md5Sha1 => "md5-sha1",
        }
    }

    /// Output bytes (the default output length for the XOFs, as in OpenSSL).
    fn size(self) -> usize {
        match self {
            Alg::Md5 | Alg::Shake128 => 16,
            Alg::Sha1 | Alg::Ripemd160 => 20,
            Alg::Sha224 | Alg::Sha512_224 | Alg::Sha3_224 => 28,
            Alg::Sha256 | Alg::Sha512_256 | Alg::Sha3_256 | Alg::Shake256 => 32,
            Alg::Blake2s256 | Alg::Sm3 => 32,
            Alg::Md5Sha1 => 36,
            Alg::Sha384 | Alg::Sha3_384 => 48,
            Alg::Sha512 | Alg::Sha3_512 | Alg::Blake2b512 => 64,
        }
    }
}

/// An incremental digest or MAC behind one interface.
trait Hasher {
    fn feed(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn boxed_clone(&self) -> Box<dyn Hasher>;
}

impl<T> Hasher for T
where
    T: Update + FixedOutput + Clone + 'static,
{
    fn feed(&mut self, data: &[u8]) {
        Update::update(self, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        (*self).finalize_fixed().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}

/// SHAKE128/256 with an output length (`{ outputLength }`).
#[derive(Clone)]
struct Xof<T> {
    inner: T,
    len: usize,
}

impl<T> Hasher for Xof<T>
where
    T: Update + ExtendableOutput + Clone + 'static,
{
    fn feed(&mut self, data: &[u8]) {
        self.inner.update(data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        let mut out = vec![0; self.len];
        self.inner.finalize_xof_into(&mut out);
        out
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}

/// OpenSSL's `md5-sha1`: both digests, concatenated.
#[derive(Clone)]
struct Md5Sha1(md5::Md5, sha1::Sha1);

impl Hasher for Md5Sha1 {
    fn feed(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
        Digest::update(&mut self.1, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        let mut out = self.0.finalize().to_vec();
        out.extend_from_slice(&self.1.finalize());
        out
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}

fn new_hash(alg: Alg, xof_len: Option<usize>) -> Box<dyn Hasher> {
    match alg {
        Alg::Md5 => Box::new(md5::Md5::new()),
        Alg::Sha1 => Box::new(sha1::Sha1::new()),
        Alg::Sha224 => Box::new(sha2::Sha224::new()),
        Alg::Sha256 => Box::new(sha2::Sha256::new()),
        Alg::Sha384 => Box::new(sha2::Sha384::new()),
        Alg::Sha512 => Box::new(sha2::Sha512::new()),
        Alg::Sha512_224 => Box::new(sha2::Sha512_224::new()),
        Alg::Sha512_256 => Box::new(sha2::Sha512_256::new()),
        Alg::Sha3_224 => Box::new(sha3::Sha3_224::new()),
        Alg::Sha3_256 => Box::new(sha3::Sha3_256::new()),
        Alg::Sha3_384 => Box::new(sha3::Sha3_384::new()),
        Alg::Sha3_512 => Box::new(sha3::Sha3_512::new()),
        Alg::Shake128 => Box::new(Xof {
            inner: sha3::Shake128::default(),
            len: xof_len.unwrap_or(16),
        }),
        Alg::Shake256 => Box::new(Xof {
            inner: sha3::Shake256::default(),
            len: xof_len.unwrap_or(32),
        }),
        Alg::Ripemd160 => Box::new(ripemd::Ripemd160::new()),
        Alg::Blake2b512 => Box::new(blake2::Blake2b512::new()),
        Alg::Blake2s256 => Box::new(blake2::Blake2s256::new()),
        Alg::Sm3 => Box::new(sm3::Sm3::new()),
        Alg::Md5Sha1 => Box::new(Md5Sha1(md5::Md5::new(), sha1::Sha1::new())),
    }
}

/// Runs `$body` with `$t` bound to the digest type of `$alg`, for the block-based digests that
/// `hmac::Hmac` and `pbkdf2` accept; `$other` for the rest.
macro_rules! with_block_digest {
    ($alg:expr, $t:ident => $body:expr, _ => $other:expr) => {
        match $alg {
            Alg::Md5 => {
                type $t = md5::Md5;
                $body
            }
            Alg::Sha1 => {
                type $t = sha1::Sha1;
                $body
            }
            Alg::Sha224 => {
                type $t = sha2::Sha224;
                $body
            }
            Alg::Sha256 => {
                type $t = sha2::Sha256;
                $body
            }
            Alg::Sha384 => {
                type $t = sha2::Sha384;
                $body
            }
            Alg::Sha512 => {
                type $t = sha2::Sha512;
                $body
            }
            Alg::Sha512_224 => {
                type $t = sha2::Sha512_224;
                $body
            }
            Alg::Sha512_256 => {
                type $t = sha2::Sha512_256;
                $body
            }
            Alg::Sha3_224 => {
                type $t = sha3::Sha3_224;
                $body
            }
            Alg::Sha3_256 => {
                type $t = sha3::Sha3_256;
                $body
            }
            Alg::Sha3_384 => {
                type $t = sha3::Sha3_384;
                $body
            }
            Alg::Sha3_512 => {
                type $t = sha3::Sha3_512;
                $body
            }
            Alg::Ripemd160 => {
                type $t = ripemd::Ripemd160;
                $body
            }
            Alg::Sm3 => {
                type $t = sm3::Sm3;
                $body
            }
            _ => $other,
        }
    };
}

fn new_hmac(alg: Alg, key: &[u8]) -> Option<Box<dyn Hasher>> {
    with_block_digest!(alg, D => {
        let mac = <hmac::Hmac<D> as KeyInit>::new_from_slice(key).ok()?;
        Some(Box::new(mac) as Box<dyn Hasher>)
    }, _ => match alg {
        Alg::Blake2b512 => {
            let mac = <hmac::SimpleHmac<blake2::Blake2b512> as KeyInit>::new_from_slice(key).ok()?;
            Some(Box::new(mac) as Box<dyn Hasher>)
        }
        Alg::Blake2s256 => {
            let mac = <hmac::SimpleHmac<blake2::Blake2s256> as KeyInit>::new_from_slice(key).ok()?;
            Some(Box::new(mac) as Box<dyn Hasher>)
        }
        _ => None,
    })
}

fn pbkdf2(alg: Alg, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) -> bool {
    with_block_digest!(alg, D => {
        pbkdf2::pbkdf2_hmac::<D>(password, salt, rounds, out);
        true
    }, _ => match alg {
        Alg::Blake2b512 => {
            pbkdf2::pbkdf2::<hmac::SimpleHmac<blake2::Blake2b512>>(password, salt, rounds, out).is_ok()
        }
        Alg::Blake2s256 => {
            pbkdf2::pbkdf2::<hmac::SimpleHmac<blake2::Blake2s256>>(password, salt, rounds, out).is_ok()
        }
        _ => false,
    })
}

/// A hash or HMAC in progress; `None` once digested.
#[derive(Trace, Finalize, JsData)]
struct HashState {
    #[unsafe_ignore_trace]
    inner: Option<Box<dyn Hasher>>,
}

fn state_object(inner: Box<dyn Hasher>, context: &mut Context) -> JsValue {
    let proto = context.intrinsics().constructors().object().prototype();
    JsObject::from_proto_and_data(Some(proto), HashState { inner: Some(inner) }).into()
}

fn alg_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Option<Alg>> {
    let name = args
        .get_or_undefined(i)
        .to_string(context)?
        .to_std_string_escaped();
    Ok(Alg::parse(&name))
}

fn with_state<R>(value: &JsValue, f: impl FnOnce(&mut HashState) -> R) -> JsResult<R> {
    let state = value
        .as_object()
        .and_then(|o| o.downcast_mut::<HashState>().map(|mut s| f(&mut s)));
    state.ok_or_else(|| JsNativeError::typ().with_message("not a hash state").into())
}

/// `digestInfo(name)`: `[canonicalName, outputBytes]`, or null for a digest OpenSSL would not know.
fn digest_info(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(alg) = alg_arg(args, 0, context)? else {
        return Ok(JsValue::null());
    };
    let array = boa_engine::object::builtins::JsArray::new(context)?;
    array.push(JsValue::from(js_string!(alg.canonical())), context)?;
    array.push(JsValue::from(alg.size() as f64), context)?;
    Ok(array.into())
}

/// `hashNew(name, outputLength)`: a state object, or null for an unknown digest.
fn hash_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(alg) = alg_arg(args, 0, context)? else {
        return Ok(JsValue::null());
    };
    let xof = args.get_or_undefined(1);
    let xof_len = if xof.is_undefined() {
        None
    } else {
        Some(xof.to_number(context)?.max(0.0) as usize)
    };
    Ok(state_object(new_hash(alg, xof_len), context))
}

/// `hmacNew(name, keyBytes)`: a state object, or null for a digest HMAC cannot use.
fn hmac_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(alg) = alg_arg(args, 0, context)? else {
        return Ok(JsValue::null());
    };
    let key = bytes_of(args.get_or_undefined(1), context)?;
    Ok(match new_hmac(alg, &key) {
        Some(mac) => state_object(mac, context),
        None => JsValue::null(),
    })
}

/// `hashUpdate(state, bytes)`: false once the state has been digested.
fn hash_update(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let data = bytes_of(args.get_or_undefined(1), context)?;
    let fed = with_state(args.get_or_undefined(0), |s| match s.inner.as_mut() {
        Some(h) => {
            h.feed(&data);
            true
        }
        None => false,
    })?;
    Ok(JsValue::from(fed))
}

/// `hashDigest(state)`: the digest bytes (the state is consumed), or null if already digested.
fn hash_digest(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let out = with_state(args.get_or_undefined(0), |s| {
        s.inner.take().map(|h| h.finish())
    })?;
    match out {
        Some(bytes) => uint8array(bytes, context),
        None => Ok(JsValue::null()),
    }
}

/// `hashCopy(state, outputLength)`: an independent copy of a state in progress.
fn hash_copy(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let copy = with_state(args.get_or_undefined(0), |s| {
        s.inner.as_ref().map(|h| h.boxed_clone())
    })?;
    Ok(match copy {
        Some(h) => state_object(h, context),
        None => JsValue::null(),
    })
}

type Pbkdf2Key = (Alg, Vec<u8>, Vec<u8>, u32, usize);

thread_local! {
    /// The most recent derivations: the classic threadpool demo derives the same key several
    /// times, and a derivation is a pure function of its inputs.
    static PBKDF2_CACHE: RefCell<VecDeque<(Pbkdf2Key, Vec<u8>)>> = const { RefCell::new(VecDeque::new()) };
}

/// `pbkdf2(password, salt, iterations, keylen, digest)`: the derived key, or null for a digest
/// PBKDF2 cannot use.
fn pbkdf2_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let password = bytes_of(args.get_or_undefined(0), context)?;
    let salt = bytes_of(args.get_or_undefined(1), context)?;
    let rounds = args.get_or_undefined(2).to_number(context)?.max(1.0) as u32;
    let keylen = args.get_or_undefined(3).to_number(context)?.max(0.0) as usize;
    let Some(alg) = alg_arg(args, 4, context)? else {
        return Ok(JsValue::null());
    };
    let key: Pbkdf2Key = (alg, password, salt, rounds, keylen);
    let cached = PBKDF2_CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    });
    let out = match cached {
        Some(out) => out,
        None => {
            let mut out = vec![0; keylen];
            if keylen > 0 && !pbkdf2(alg, &key.1, &key.2, rounds, &mut out) {
                return Ok(JsValue::null());
            }
            PBKDF2_CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= 8 {
                    c.pop_front();
                }
                c.push_back((key, out.clone()));
            });
            out
        }
    };
    uint8array(out, context)
}

/// `scrypt(password, salt, keylen, N, r, p)`: the derived key, or null for invalid parameters
/// (crypto.js validates them first, with Node's messages).
fn scrypt_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let password = bytes_of(args.get_or_undefined(0), context)?;
    let salt = bytes_of(args.get_or_undefined(1), context)?;
    let keylen = args.get_or_undefined(2).to_number(context)?.max(0.0) as usize;
    let n = args.get_or_undefined(3).to_number(context)?;
    let r = args.get_or_undefined(4).to_number(context)?.max(0.0) as u32;
    let p = args.get_or_undefined(5).to_number(context)?.max(0.0) as u32;
    if keylen == 0 {
        return uint8array(Vec::new(), context);
    }
    if n < 2.0 || n.fract() != 0.0 || (n as u64).count_ones() != 1 {
        return Ok(JsValue::null());
    }
    let log_n = (n as u64).trailing_zeros() as u8;
    let Ok(params) = scrypt::Params::new(log_n, r, p, 32) else {
        return Ok(JsValue::null());
    };
    let mut out = vec![0; keylen];
    if scrypt::scrypt(&password, &salt, &params, &mut out).is_err() {
        return Ok(JsValue::null());
    }
    uint8array(out, context)
}

/// `randomBytes(n)`: n bytes from the run's seeded generator.
fn random_bytes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    sync_cpu(context);
    let n = args.get_or_undefined(0).to_number(context)?.max(0.0) as usize;
    let mut out = Vec::with_capacity(n + 6);
    with_host(|h| {
        while out.len() < n {
            let bits = (h.random() * (1u64 << 53) as f64) as u64;
            out.extend_from_slice(&bits.to_le_bytes()[..6]);
        }
    });
    out.truncate(n);
    uint8array(out, context)
}

/// Builds the `crypto` object of the native bridge.
pub fn build(context: &mut Context) -> JsObject {
    type Native = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;
    let functions: &[(&str, Native, usize)] = &[
        ("digestInfo", digest_info, 1),
        ("hashNew", hash_new, 2),
        ("hmacNew", hmac_new, 2),
        ("hashUpdate", hash_update, 2),
        ("hashDigest", hash_digest, 1),
        ("hashCopy", hash_copy, 1),
        ("pbkdf2", pbkdf2_native, 5),
        ("scrypt", scrypt_native, 6),
        ("randomBytes", random_bytes, 1),
    ];
    let mut init = ObjectInitializer::new(context);
    for (name, f, len) in functions {
        init.function(NativeFunction::from_fn_ptr(*f), JsString::from(*name), *len);
    }
    init.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn digest(name: &str, data: &[u8]) -> String {
        let mut h = new_hash(Alg::parse(name).unwrap(), None);
        h.feed(data);
        hex(&h.finish())
    }

    #[test]
    fn digests_match_openssl() {
        // Values printed by node v20 (OpenSSL 3).
        assert_eq!(
            digest("SHA-256", b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            digest("RSA-SHA512/224", b"abc"),
            "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa"
        );
        assert_eq!(
            digest("rmd160", b"abc"),
            "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"
        );
        assert_eq!(
            digest("shake128", b"abc"),
            "5881092dd818bf5cf8a3ddb793fbcba7"
        );
        assert_eq!(
            digest("md5-sha1", b"abc"),
            "900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            digest("sm3", b"abc"),
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
        );
        assert!(Alg::parse("keccak-256").is_none());
    }

    #[test]
    fn hmac_and_pbkdf2_match_openssl() {
        let mut m = new_hmac(Alg::Sha256, b"k").unwrap();
        m.feed(b"abc");
        assert_eq!(
            hex(&m.finish()),
            "342e519ce0ad6c03a36b98eeb3f1d130db4813b9df4d1160eda488d712dc78ee"
        );
        let mut m = new_hmac(Alg::Blake2b512, b"k").unwrap();
        m.feed(b"abc");
        assert!(hex(&m.finish()).starts_with("a6c4696af085dfa98c03d26abff04996"));
        let mut out = [0u8; 8];
        assert!(pbkdf2(Alg::Blake2b512, b"p", b"s", 2, &mut out));
        assert_eq!(hex(&out), "048cf6cf918060ec");
        assert!(pbkdf2(Alg::Ripemd160, b"p", b"s", 2, &mut out));
        assert_eq!(hex(&out), "332c478ecdc03e9f");
    }
}
