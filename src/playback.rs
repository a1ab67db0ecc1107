//! Playback of a trace as one reducer: the position, whether it plays, and how fast. Every
//! control (buttons, keys, the scrubber, a timer while playing, a shared link's `step=`) is an
//! [`Action`]; the state at the position comes from [`TraceIndex::state_after`], so seeking to
//! any step of a 100,000-event trace costs at most one checkpoint's worth of replay.

use std::rc::Rc;

use nodescope_engine::{Trace, TraceIndex, TraceState};
use yew::Reducible;

use crate::url_state::{DEFAULT_SPEED, SPEEDS};

/// Everything that can happen to playback.
#[derive(Clone)]
pub enum Action {
    /// Shows a new trace from its first step, paused.
    Load(Rc<Trace>),
    /// One step forward (pauses: the user took over).
    Step,
    /// One step back (pauses).
    Back,
    /// Jumps to the state after this many events (pauses).
    Seek(usize),
    Play,
    Pause,
    /// Play if paused, pause if playing.
    Toggle,
    /// Steps per second; snapped to the nearest of [`SPEEDS`].
    SetSpeed(u32),
    /// The next faster speed.
    Faster,
    /// The next slower speed.
    Slower,
    /// The last step (pauses).
    ToEnd,
    /// The first step (pauses).
    Restart,
    /// The timer's step while playing; pauses at the last step.
    Tick,
    /// Forward to just after the next callback starts (pauses).
    NextCallback,
    /// Back to just after the previous callback started (pauses).
    PreviousCallback,
}

/// Where playback is.
#[derive(Clone)]
pub struct Playback {
    pub trace: Rc<Trace>,
    index: Rc<TraceIndex>,
    /// How many events are applied: 0 is before the first event, `len()` is the end.
    pub position: usize,
    pub playing: bool,
    /// Steps per second while playing.
    pub speed: u32,
    /// The runtime's state at `position`.
    pub state: Rc<TraceState>,
}

impl Playback {
    pub fn new(trace: Rc<Trace>) -> Self {
        let index = Rc::new(TraceIndex::new(&trace));
        let state = Rc::new(index.state_after(&trace, 0));
        Playback {
            trace,
            index,
            position: 0,
            playing: false,
            speed: DEFAULT_SPEED,
            state,
        }
    }

    /// The number of events; also the last position.
    pub fn len(&self) -> usize {
        self.trace.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.trace.events.is_empty()
    }

    pub fn at_end(&self) -> bool {
        self.position >= self.len()
    }

    /// The event that produced the current state (`None` at position 0).
    pub fn current_event(&self) -> Option<&nodescope_engine::Event> {
        self.position
            .checked_sub(1)
            .and_then(|index| self.trace.events.get(index))
    }

    /// The runtime's state after `n_applied` events, without moving.
    pub fn state_after(&self, n_applied: usize) -> TraceState {
        self.index.state_after(&self.trace, n_applied)
    }

    /// Applies one action and returns the new playback.
    pub fn reduce(&self, action: Action) -> Playback {
        let mut next = self.clone();
        match action {
            Action::Load(trace) => {
                let speed = self.speed;
                next = Playback::new(trace);
                next.speed = speed;
            }
            Action::Step => {
                next.playing = false;
                next.move_to(self.position + 1);
            }
            Action::Back => {
                next.playing = false;
                next.move_to(self.position.saturating_sub(1));
            }
            Action::Seek(position) => {
                next.playing = false;
                next.move_to(position);
            }
            Action::Play => {
                if self.at_end() {
                    next.move_to(0);
                }
                next.playing = !next.is_empty();
            }
            Action::Pause => next.playing = false,
            Action::Toggle => {
                return if self.playing {
                    self.reduce(Action::Pause)
                } else {
                    self.reduce(Action::Play)
                }
            }
            Action::SetSpeed(speed) => next.speed = nearest_speed(speed),
            Action::Faster => {
                next.speed = SPEEDS
                    .into_iter()
                    .find(|&speed| speed > self.speed)
                    .unwrap_or(self.speed)
            }
            Action::Slower => {
                next.speed = SPEEDS
                    .into_iter()
                    .rev()
                    .find(|&speed| speed < self.speed)
                    .unwrap_or(self.speed)
            }
            Action::ToEnd => {
                next.playing = false;
                next.move_to(self.len());
            }
            Action::Restart => {
                next.playing = false;
                next.move_to(0);
            }
            Action::Tick => {
                if self.playing {
                    next.move_to(self.position + 1);
                    next.playing = !next.at_end();
                }
            }
            Action::NextCallback => {
                next.playing = false;
                let events = &self.trace.events;
                let found =
                    (self.position..events.len()).find(|&index| is_callback_start(&events[index]));
                next.move_to(found.map_or(self.len(), |index| index + 1));
            }
            Action::PreviousCallback => {
                next.playing = false;
                let events = &self.trace.events;
                let before = self.position.saturating_sub(1);
                let found = (0..before)
                    .rev()
                    .find(|&index| is_callback_start(&events[index]));
                next.move_to(found.map_or(0, |index| index + 1));
            }
        }
        next
    }

    fn move_to(&mut self, position: usize) {
        let position = position.min(self.len());
        if position != self.position {
            self.position = position;
            self.state = Rc::new(self.index.state_after(&self.trace, position));
        }
    }
}

fn is_callback_start(event: &nodescope_engine::Event) -> bool {
    matches!(
        event.kind,
        nodescope_engine::EventKind::CallbackStart { .. }
    )
}

/// The allowed speed closest to `speed`.
pub fn nearest_speed(speed: u32) -> u32 {
    SPEEDS
        .into_iter()
        .min_by_key(|&allowed| allowed.abs_diff(speed))
        .unwrap_or(DEFAULT_SPEED)
}

impl Reducible for Playback {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Playback::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nodescope_engine::{Event, EventKind, Queue};

    /// A hand-made trace: the main module queues `n` immediates, then each one runs.
    fn fake_trace(n: u64) -> Rc<Trace> {
        let event = |t: u64, kind: EventKind| Event {
            t,
            kind,
            note: String::new(),
        };
        let mut events = vec![event(0, EventKind::ScriptStart)];
        for id in 0..n {
            events.push(event(
                id,
                EventKind::Enqueue {
                    queue: Queue::Check,
                    id,
                    label: format!("immediate {id}"),
                    line: Some(1),
                    due_ms: None,
                },
            ));
        }
        events.push(event(n, EventKind::ScriptEnd));
        for id in 0..n {
            events.push(event(
                n + id,
                EventKind::Dequeue {
                    queue: Queue::Check,
                    id,
                },
            ));
        }
        Rc::new(Trace {
            events,
            ..Trace::default()
        })
    }

    fn loaded(n: u64) -> Playback {
        Playback::new(fake_trace(n))
    }

    #[test]
    fn starts_before_the_first_event_and_steps_forward_and_back() {
        let playback = loaded(3);
        assert_eq!(playback.position, 0);
        assert!(playback.current_event().is_none());
        let playback = playback.reduce(Action::Step).reduce(Action::Step);
        assert_eq!(playback.position, 2);
        assert_eq!(playback.state.queue(Queue::Check).len(), 1);
        let playback = playback.reduce(Action::Back);
        assert_eq!(playback.position, 1);
        assert!(playback.state.in_main);
        assert!(playback.state.queue(Queue::Check).is_empty());
        assert_eq!(
            playback.reduce(Action::Back).reduce(Action::Back).position,
            0
        );
    }

    #[test]
    fn never_steps_past_either_end() {
        let playback = loaded(2).reduce(Action::ToEnd);
        assert_eq!(playback.position, 2 + 2 + 2);
        assert!(playback.at_end());
        assert_eq!(playback.reduce(Action::Step).position, playback.len());
        assert_eq!(playback.reduce(Action::Seek(1000)).position, playback.len());
        assert_eq!(playback.reduce(Action::Restart).position, 0);
    }

    #[test]
    fn seeking_gives_the_same_state_as_stepping() {
        let mut stepped = loaded(300);
        for _ in 0..450 {
            stepped = stepped.reduce(Action::Step);
        }
        let sought = loaded(300).reduce(Action::Seek(450));
        assert_eq!(stepped.state, sought.state);
        assert_eq!(sought.state.queue(Queue::Check).len(), 300 - 148);
    }

    #[test]
    fn seeking_a_hundred_thousand_event_trace_is_instant() {
        let playback = loaded(50_000).reduce(Action::ToEnd);
        let started = std::time::Instant::now();
        assert_eq!(playback.len(), 100_002);
        let back = playback
            .reduce(Action::Restart)
            .reduce(Action::Seek(99_999));
        // Three immediates are still waiting three events before the end.
        assert_eq!(back.state.queue(Queue::Check).len(), 3);
        // Generous for a shared CI core; the browser figure is measured separately.
        assert!(started.elapsed().as_millis() < 500);
    }

    #[test]
    fn ticks_advance_only_while_playing_and_stop_at_the_end() {
        let playback = loaded(1);
        assert_eq!(playback.reduce(Action::Tick).position, 0);
        let mut playing = playback.reduce(Action::Play);
        assert!(playing.playing);
        for _ in 0..3 {
            playing = playing.reduce(Action::Tick);
            assert!(playing.playing);
        }
        playing = playing.reduce(Action::Tick);
        assert!(playing.at_end());
        assert!(!playing.playing);
    }

    #[test]
    fn play_at_the_end_starts_over_and_user_steps_pause() {
        let playback = loaded(1).reduce(Action::ToEnd).reduce(Action::Play);
        assert_eq!(playback.position, 0);
        assert!(playback.playing);
        assert!(!playback.reduce(Action::Step).playing);
        assert!(!playback.reduce(Action::Back).playing);
        assert!(!playback.reduce(Action::Toggle).playing);
        assert!(
            playback
                .reduce(Action::Pause)
                .reduce(Action::Toggle)
                .playing
        );
    }

    #[test]
    fn callback_jumps_land_just_after_a_callback_starts() {
        let event = |kind: EventKind| Event {
            t: 0,
            kind,
            note: String::new(),
        };
        let start = |id: u64| {
            event(EventKind::CallbackStart {
                queue: Queue::Check,
                id,
                label: String::new(),
                line: None,
            })
        };
        let trace = Rc::new(Trace {
            events: vec![
                event(EventKind::ScriptStart),
                start(0),
                event(EventKind::CallbackEnd { id: 0 }),
                event(EventKind::DrainStart),
                start(1),
                event(EventKind::CallbackEnd { id: 1 }),
            ],
            ..Trace::default()
        });
        let playback = Playback::new(trace);
        let first = playback.reduce(Action::NextCallback);
        assert_eq!(first.position, 2);
        assert_eq!(first.state.stack.len(), 1);
        let second = first.reduce(Action::NextCallback);
        assert_eq!(second.position, 5);
        assert_eq!(second.reduce(Action::NextCallback).position, 6);
        assert_eq!(second.reduce(Action::PreviousCallback).position, 2);
        assert_eq!(first.reduce(Action::PreviousCallback).position, 0);
    }

    #[test]
    fn an_empty_trace_never_plays() {
        let playback = Playback::new(Rc::new(Trace::default()));
        assert!(!playback.reduce(Action::Play).playing);
        assert_eq!(playback.reduce(Action::Step).position, 0);
    }

    #[test]
    fn speed_snaps_to_the_allowed_steps() {
        let playback = loaded(1);
        assert_eq!(playback.speed, DEFAULT_SPEED);
        assert_eq!(playback.reduce(Action::SetSpeed(5)).speed, 4);
        assert_eq!(playback.reduce(Action::SetSpeed(1000)).speed, 60);
        let fastest = playback.reduce(Action::SetSpeed(60));
        assert_eq!(fastest.reduce(Action::Faster).speed, 60);
        assert_eq!(fastest.reduce(Action::Slower).speed, 32);
        assert_eq!(
            playback
                .reduce(Action::SetSpeed(1))
                .reduce(Action::Slower)
                .speed,
            1
        );
    }

    #[test]
    fn loading_keeps_the_speed_and_resets_the_position() {
        let playback = loaded(2)
            .reduce(Action::SetSpeed(16))
            .reduce(Action::Seek(3))
            .reduce(Action::Load(fake_trace(5)));
        assert_eq!(playback.speed, 16);
        assert_eq!(playback.position, 0);
        assert_eq!(playback.len(), 12);
    }
}
