//! Embeds every `js/lib/*.js` file as a builtin module. A file stem ending in `_promises`
//! names the `…/promises` module (`stream_promises.js` → `stream/promises`);
//! `stream_consumers.js` is `stream/consumers`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("js/lib");
    println!("cargo:rerun-if-changed=js");
    let mut entries: Vec<(String, String)> = std::fs::read_dir(&lib)
        .expect("js/lib exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let id = match stem.strip_suffix("_promises") {
                Some(base) => format!("{base}/promises"),
                None if stem == "stream_consumers" => "stream/consumers".to_string(),
                None => stem,
            };
            (id, p.to_string_lossy().into_owned())
        })
        .collect();
    entries.sort();
    let mut out = String::from("&[\n");
    for (id, path) in entries {
        println!("cargo:rerun-if-changed={path}");
        writeln!(
            out,
            "    ({id:?}, {:?}, include_str!({path:?})),",
            format!(
                "{}.js",
                Path::new(&path).file_stem().unwrap().to_string_lossy()
            )
        )
        .unwrap();
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_modules.rs");
    std::fs::write(dest, out).unwrap();
}
