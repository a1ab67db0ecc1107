//! The JavaScript sources of the bootstrap and of Node's builtin modules, embedded at build
//! time (every `js/lib/*.js`, see build.rs). Setting `NODESCOPE_JS_DIR` (native builds only)
//! loads them from that folder instead, so that module authors can iterate without rebuilding.

pub const BOOTSTRAP: &str = include_str!("../js/bootstrap.js");

/// (module id, file name, source) for every builtin module implemented in JS.
const EMBEDDED: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded_modules.rs"));

fn override_dir() -> Option<String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::env::var("NODESCOPE_JS_DIR").ok()
    }
    #[cfg(target_arch = "wasm32")]
    {
        None
    }
}

/// The ids of all builtin modules.
pub fn names() -> Vec<String> {
    EMBEDDED.iter().map(|(id, _, _)| id.to_string()).collect()
}

/// The source of the bootstrap.
pub fn bootstrap() -> String {
    if let Some(dir) = override_dir() {
        if let Ok(text) = std::fs::read_to_string(format!("{dir}/bootstrap.js")) {
            return text;
        }
    }
    BOOTSTRAP.to_string()
}

/// The source of a builtin module.
pub fn source(id: &str) -> Option<String> {
    let (_, file, embedded) = EMBEDDED.iter().find(|(name, _, _)| *name == id)?;
    if let Some(dir) = override_dir() {
        if let Ok(text) = std::fs::read_to_string(format!("{dir}/lib/{file}")) {
            return Some(text);
        }
    }
    Some(embedded.to_string())
}
