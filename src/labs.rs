//! The labs: each is a view over engine traces (see ARCHITECTURE.md); none computes its own
//! timeline.

pub mod bytes;
pub mod event_loop;
pub mod streams;
