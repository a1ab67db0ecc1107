//! nodescope's playground: a Yew app that runs the engine in the browser and animates its
//! traces. This file only starts the app; see `app.rs` for the shell.

mod app;
mod highlight;
mod labs;
mod playback;
mod presets;
mod remote;
mod remote_web;
mod simulate;
mod url_state;
mod web;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
