//! FLIP animation ("first, last, invert, play") for items that move between panels: after a
//! render, every element with a `data-flip` id that was on screen before is shifted back to
//! where it was and then transitions to its new place, so a callback visibly travels from its
//! queue to the call stack. New items fade in (a CSS class). With `prefers-reduced-motion`
//! nothing moves; only the fade remains.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::web;

/// How long a move takes.
pub const MOVE_MS: u32 = 380;

/// Last known places by `data-flip` id, with how many renders ago the item was last seen.
/// An item that leaves one panel a step before it shows up in another (a dequeue, then the
/// callback starting) still travels, because its old place is remembered for a while.
type Positions = Rc<RefCell<HashMap<String, (f64, f64, u8)>>>;

/// Renders an absent item's place is remembered for.
const REMEMBER_RENDERS: u8 = 2;

/// Animates the `data-flip` items inside `container` whenever `position` changes by one
/// step; larger jumps (seeking) just record the new places.
#[hook]
pub fn use_flip(container: NodeRef, position: usize, playing_fast: bool) {
    let positions: Positions = use_mut_ref(HashMap::new);
    let previous_position = use_mut_ref(|| position);
    use_effect_with(position, move |&position| {
        let animate = {
            let mut previous = previous_position.borrow_mut();
            let step = position.abs_diff(*previous) == 1;
            *previous = position;
            step && !playing_fast && !web::prefers_reduced_motion()
        };
        if let Some(root) = container.cast::<Element>() {
            flip(&root, &positions, animate);
        }
    });
}

fn flip(root: &Element, positions: &Positions, animate: bool) {
    let Ok(nodes) = root.query_selector_all("[data-flip]") else {
        return;
    };
    let mut old = positions.borrow_mut();
    let mut new = HashMap::with_capacity(nodes.length() as usize);
    let mut to_play: Vec<HtmlElement> = Vec::new();
    // Positions relative to the container, so that scrolling the page moves nothing.
    let origin = root.get_bounding_client_rect();
    for index in 0..nodes.length() {
        let Some(element) = nodes
            .get(index)
            .and_then(|node| node.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let Some(id) = element.get_attribute("data-flip") else {
            continue;
        };
        let style = element.style();
        let _ = style.remove_property("transition");
        let _ = style.remove_property("transform");
        let rect = element.get_bounding_client_rect();
        let here = (rect.left() - origin.left(), rect.top() - origin.top());
        if animate {
            match old.get(&id) {
                Some(&(x, y, _)) if (x - here.0).abs() > 0.5 || (y - here.1).abs() > 0.5 => {
                    let _ = style.set_property("transition", "none");
                    let _ = style.set_property(
                        "transform",
                        &format!("translate({:.1}px, {:.1}px)", x - here.0, y - here.1),
                    );
                    to_play.push(element.clone());
                }
                Some(_) => {}
                None => {
                    let _ = element.class_list().remove_1("flip-enter");
                    // Reading layout restarts the CSS animation when the class returns.
                    let _ = element.offset_width();
                    let _ = element.class_list().add_1("flip-enter");
                }
            }
        }
        new.insert(id, (here.0, here.1, 0));
    }
    for (id, (x, y, age)) in old.iter() {
        if *age < REMEMBER_RENDERS && !new.contains_key(id) {
            new.insert(id.clone(), (*x, *y, age + 1));
        }
    }
    if !to_play.is_empty() {
        // Commit the inverted positions before transitioning back to zero.
        let _ = root.get_bounding_client_rect();
        for element in to_play {
            let style = element.style();
            let _ = style.set_property(
                "transition",
                &format!("transform {MOVE_MS}ms cubic-bezier(0.2, 0.7, 0.2, 1)"),
            );
            let _ = style.set_property("transform", "translate(0px, 0px)");
        }
    }
    *old = new;
}
