//! Build script of the app: gives the wasm binary a larger stack. Boa's recursive-descent
//! parser needs more than the default 1 MiB to parse Node's larger modules (e.g. `fs`),
//! especially in debug builds; without it the page dies with "memory access out of bounds".

/// 16 MiB of linear memory reserved for the stack.
const WASM_STACK_BYTES: u32 = 16 * 1024 * 1024;

fn main() {
    println!("cargo:rerun-if-changed=src/build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=-zstack-size={WASM_STACK_BYTES}");
    }
}
