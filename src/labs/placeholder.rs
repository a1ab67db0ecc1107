//! Labs that are being built: a heading and a short note of what they will show, so that
//! navigation, links and embeds already work for them.

use yew::prelude::*;

use crate::url_state::Lab;

#[derive(Properties, PartialEq)]
pub struct PlaceholderProps {
    pub lab: Lab,
}

#[function_component(PlaceholderLab)]
pub fn placeholder_lab(props: &PlaceholderProps) -> Html {
    let (what, detail) = match props.lab {
        Lab::Streams => (
            "Readable and writable streams, their buffers and highWaterMark, backpressure, and .pipe() next to pipeline().",
            "Watch write() return false, the 'drain' event arrive, and an error tear a pipeline down.",
        ),
        Lab::Bytes => (
            "How text becomes bytes and back: UTF-8, UTF-16LE, latin1, base64 and hex, and Node's StringDecoder.",
            "Watch a character split across two chunks held back until its last byte arrives.",
        ),
        Lab::EventLoop => ("", ""),
    };
    html! {
        <div class={classes!("lab", "lab-placeholder")}>
            <div class="lab-head">
                <h2>{props.lab.title()}</h2>
                <span class="badge badge-progress">{"in progress"}</span>
            </div>
            <section class="panel placeholder-body">
                <p class="placeholder-lead">{what}</p>
                <p>{detail}</p>
                <p class="placeholder-note">{"This lab is in progress. Like the event-loop lab, it will run real Node programs on the same simulated Node v20 and let you step through them forward and back."}</p>
            </section>
        </div>
    }
}
