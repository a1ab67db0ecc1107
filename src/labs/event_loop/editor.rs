//! The code editor: a transparent textarea laid exactly over a highlighted `<pre>`, with a
//! gutter that marks the running line, the line that queued the current item, and a syntax
//! error's line. Ctrl+Enter (or Cmd+Enter) runs.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::highlight;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub code: AttrValue,
    pub on_input: Callback<String>,
    pub on_run: Callback<()>,
    /// 1-based line of the callback that is running.
    pub running_line: Option<u32>,
    /// 1-based line that queued the item of the current step.
    pub queued_line: Option<u32>,
    /// 1-based line of a syntax error.
    pub error_line: Option<u32>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let scroll_ref = use_node_ref();
    let lines = use_memo(props.code.clone(), |code| highlight::lines(code));
    let n_lines = lines.len();

    // Keep the marked line in view by scrolling the editor only (never the page).
    {
        let scroll_ref = scroll_ref.clone();
        let target = props
            .error_line
            .or(props.running_line)
            .or(props.queued_line);
        use_effect_with(target, move |target| {
            if let (Some(line), Some(scroller)) =
                (target, scroll_ref.cast::<web_sys::HtmlElement>())
            {
                let selector = format!("[data-line='{line}']");
                if let Ok(Some(row)) = scroller.query_selector(&selector) {
                    if let Ok(row) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(row) {
                        let top = f64::from(row.offset_top());
                        let bottom = top + f64::from(row.offset_height());
                        let view_top = f64::from(scroller.scroll_top());
                        let view_bottom = view_top + f64::from(scroller.client_height());
                        if top < view_top || bottom > view_bottom {
                            let centred = top - f64::from(scroller.client_height()) / 2.0;
                            scroller.set_scroll_top(centred.max(0.0) as i32);
                        }
                    }
                }
            }
        });
    }

    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_input.emit(area.value());
        })
    };
    let on_keydown = {
        let on_run = props.on_run.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
                event.prevent_default();
                on_run.emit(());
            }
        })
    };

    let marker = |n: u32| -> (Option<&'static str>, &'static str) {
        if props.error_line == Some(n) {
            (Some("line-error"), "✖")
        } else if props.running_line == Some(n) {
            (Some("line-running"), "▶")
        } else if props.queued_line == Some(n) {
            (Some("line-queued"), "+")
        } else {
            (None, "")
        }
    };

    html! {
        <div class="editor">
            <div class="editor-scroll" ref={scroll_ref}>
                <div class="editor-gutter" aria-hidden="true">
                    { for (1..=n_lines as u32).map(|n| {
                        let (class, symbol) = marker(n);
                        html! { <div class={classes!("gutter-line", class)}><span class="gutter-mark">{symbol}</span>{n}</div> }
                    }) }
                </div>
                <div class="editor-code">
                    <pre class="editor-highlight" aria-hidden="true">
                        { for lines.iter().enumerate().map(|(index, tokens)| {
                            let n = index as u32 + 1;
                            let (class, _) = marker(n);
                            html! {
                                <div class={classes!("code-line", class)} data-line={n.to_string()}>
                                    { for tokens.iter().map(|token| html! { <span class={token.kind.class()}>{&token.text}</span> }) }
                                    { "\u{200b}" }
                                </div>
                            }
                        }) }
                    </pre>
                    <textarea
                        class="editor-input"
                        aria-label="Program code"
                        spellcheck="false"
                        autocomplete="off"
                        autocapitalize="off"
                        wrap="off"
                        rows={n_lines.to_string()}
                        value={props.code.clone()}
                        oninput={on_input}
                        onkeydown={on_keydown}
                    />
                </div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(running_line: Option<u32>, error_line: Option<u32>) -> String {
        futures::executor::block_on(
            yew::ServerRenderer::<Editor>::with_props(move || EditorProps {
                code: "const a = 1;\nsetTimeout(() => {}, 5);\n".into(),
                on_input: Callback::noop(),
                on_run: Callback::noop(),
                running_line,
                queued_line: Some(1),
                error_line,
            })
            .hydratable(false)
            .render(),
        )
    }

    #[test]
    fn lines_are_highlighted_numbered_and_marked() {
        let html = render(Some(2), None);
        assert!(
            html.contains("<span class=\"tok-keyword\">const</span>"),
            "{html}"
        );
        assert!(html.contains("<span class=\"tok-builtin\">setTimeout</span>"));
        assert!(
            html.contains("data-line=\"2\" class=\"code-line line-running\""),
            "{html}"
        );
        assert!(html.contains("data-line=\"1\" class=\"code-line line-queued\""));
        assert!(html.contains("aria-label=\"Program code\""));
        assert_eq!(html.matches("class=\"gutter-line").count(), 3);
    }

    #[test]
    fn an_error_line_wins_over_other_marks() {
        let html = render(Some(2), Some(2));
        assert!(
            html.contains("data-line=\"2\" class=\"code-line line-error\""),
            "{html}"
        );
        assert!(html.contains("✖"));
    }
}
