//! The source line of the `await` an async function is suspended at, for the trace's label of
//! its continuation.
//!
//! Boa's source map has no entry for `await` (only for calls, property accesses, assignments and
//! a few more), so the suspended frame's own position names the line where the function's body
//! starts. The line is found from three things Boa does expose: the frame's bytecode position
//! (in its `Debug` output), the code block's listing (its `Display`), in which the `Await`
//! instructions up to that position are counted, and the program's syntax tree, whose `await`
//! sites in the same function are taken in source order. When the two counts disagree (a
//! `for await` loop that exits early, an async generator), the frame's own line is kept.

use boa_engine::ast::expression::Await;
use boa_engine::ast::function::FunctionBody;
use boa_engine::ast::scope::Scope;
use boa_engine::ast::statement::iteration::ForOfLoop;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Position, Span, Spanned};
use boa_engine::gc::Gc;
use boa_engine::parser::Parser;
use boa_engine::vm::{CallFrame, CodeBlock, SourcePath};
use boa_engine::{Context, Source};
use std::cell::RefCell;
use std::convert::Infallible;
use std::fmt::Write as _;
use std::ops::ControlFlow;
use std::rc::Rc;

/// The line of the `await` the innermost frame of `context` has just suspended at, if the frame
/// runs code of the main module (`main_path`, whose text is `main_source`).
pub(crate) fn await_line(context: &mut Context, main_path: &str, main_source: &str) -> Option<u32> {
    // Boa asks for a job callback twice per `await` (fulfilled and rejected), with nothing run
    // in between: the second time is answered from the first.
    let moment = context.instructions_remaining();
    let (position, code) = {
        let frame = context.stack_trace().next()?;
        let location = frame.position();
        match &location.path {
            SourcePath::Path(path) if path.to_str() == Some(main_path) => {}
            _ => return None,
        }
        (location.position?, frame.code_block().clone())
    };
    if let Some(line) = LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(at, block, _)| *at == moment && Gc::ptr_eq(block, &code))
            .map(|(_, _, line)| *line)
    }) {
        return line;
    }
    let line = line_of_await(context, main_source, position, &code);
    LAST.with(|last| *last.borrow_mut() = Some((moment, code, line)));
    line
}

/// When an answer was asked (instructions left), for which code, and the line.
type LastAnswer = (usize, Gc<CodeBlock>, Option<u32>);

thread_local! {
    /// The last answer: when it was asked (instructions left), for which code, and the line.
    static LAST: RefCell<Option<LastAnswer>> = const { RefCell::new(None) };
}

fn line_of_await(
    context: &mut Context,
    main_source: &str,
    position: Position,
    code: &Gc<CodeBlock>,
) -> Option<u32> {
    let pc = frame_pc(context.stack_trace().next()?)?;
    let sites = program_sites(context, main_source)?;
    let block = block_facts(code);
    // The `Await` that has just run; none when the frame is elsewhere (a builtin such as an
    // async-from-sync iterator asked for the job).
    let ordinal = block.awaits.iter().position(|&(_, next)| next == pc)?;
    let await_pc = block.awaits[ordinal].0;
    let own = sites.awaits_of_function_at(position);
    // Best: the operand's own position (a call, `new`, property access…), which lies inside
    // exactly one `await` expression of the function.
    let anchored = |await_pc: u32| -> Option<Span> {
        let at_await = position_at(&block.map, await_pc);
        let operand = position_at(&block.map, await_pc.checked_sub(1)?)?;
        if Some(operand) == at_await {
            return None;
        }
        own.iter()
            .rev()
            .find(|site| site.contains(operand))
            .copied()
    };
    if let Some(site) = anchored(await_pc) {
        return Some(site.start().line_number());
    }
    // Otherwise the n-th `Await` instruction is the n-th `await`, when the counts agree.
    if own.len() == block.awaits.len() {
        return own.get(ordinal).map(|site| site.start().line_number());
    }
    // Otherwise (a `for await` loop, an async generator's yields also await): the first `await`
    // not claimed by an operand, at or after the last code before this one whose position is
    // known.
    let at_await = position_at(&block.map, await_pc);
    let before = block
        .map
        .iter()
        .filter(|(start, _, p)| *start < await_pc && p.is_some() && *p != at_await)
        .filter_map(|(_, _, p)| *p)
        .next_back()?;
    let claimed: Vec<Span> = block
        .awaits
        .iter()
        .filter_map(|&(at, _)| anchored(at))
        .collect();
    own.iter()
        .find(|site| site.start() >= before && !claimed.contains(site))
        .map(|site| site.start().line_number())
}

/// What a code block's listing says: where its `Await` instructions are and its source map.
struct BlockFacts {
    /// (start, end) of each `Await` instruction.
    awaits: Vec<(u32, u32)>,
    map: Vec<(u32, u32, Option<Position>)>,
}

thread_local! {
    /// Listings read so far (a code block is immutable; holding it keeps its address unique).
    static BLOCKS: RefCell<Vec<(Gc<CodeBlock>, Rc<BlockFacts>)>> = const { RefCell::new(Vec::new()) };
}

fn block_facts(code: &Gc<CodeBlock>) -> Rc<BlockFacts> {
    if let Some(found) = BLOCKS.with(|b| {
        b.borrow()
            .iter()
            .find(|(c, _)| Gc::ptr_eq(c, code))
            .map(|(_, f)| f.clone())
    }) {
        return found;
    }
    let listing = code.to_string();
    let facts = Rc::new(BlockFacts {
        awaits: await_instructions(&listing),
        map: source_map(&listing),
    });
    BLOCKS.with(|b| {
        let mut blocks = b.borrow_mut();
        if blocks.len() >= 64 {
            blocks.remove(0);
        }
        blocks.push((code.clone(), facts.clone()));
    });
    facts
}

/// The source map of a code block's listing: (start pc, end pc, position).
fn source_map(listing: &str) -> Vec<(u32, u32, Option<Position>)> {
    let Some(at) = listing.find("\nSource Map:") else {
        return Vec::new();
    };
    let mut map = Vec::new();
    for line in listing[at + 1..].lines().skip(1) {
        // "    0004: 74..141: (16, 25)" or "    0005: 141..151: unknown"
        let mut parts = line.trim().splitn(3, ": ");
        let (Some(_), Some(range), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
            break;
        };
        let Some((start, end)) = range.split_once("..") else {
            break;
        };
        let (Ok(start), Ok(end)) = (start.parse(), end.parse()) else {
            break;
        };
        let position = rest
            .trim()
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .and_then(|r| r.split_once(", "))
            .and_then(|(l, c)| Some(Position::new(l.parse().ok()?, c.parse().ok()?)));
        map.push((start, end, position));
    }
    map
}

fn position_at(map: &[(u32, u32, Option<Position>)], pc: u32) -> Option<Position> {
    map.iter()
        .find(|(start, end, _)| *start <= pc && pc < *end)
        .and_then(|(_, _, p)| *p)
}

/// The frame's program counter, read from its derived `Debug` output (`CallFrame { code_block:
/// …, pc: N, fp: …`), which stops being written as soon as the number is known.
fn frame_pc(frame: &CallFrame) -> Option<u32> {
    struct Finder {
        text: String,
        searched: usize,
        pc: Option<u32>,
    }
    impl std::fmt::Write for Finder {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.text.push_str(s);
            let from = self.searched.saturating_sub(16);
            let from = (from..=self.text.len())
                .find(|&i| self.text.is_char_boundary(i))
                .unwrap_or(self.text.len());
            if let Some(at) = self.text[from..].find(", pc: ") {
                let rest = &self.text[from + at + 6..];
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if rest[digits.len()..].starts_with(", fp: ") {
                    self.pc = digits.parse().ok();
                    return Err(std::fmt::Error);
                }
                if rest.len() > digits.len() + 6 {
                    // Another struct's `pc` field: search on past it.
                    self.searched = from + at + 6;
                    return Ok(());
                }
                // The rest may still be on its way.
                self.searched = from + at;
                return Ok(());
            }
            self.searched = self.text.len();
            Ok(())
        }
    }
    let mut finder = Finder {
        text: String::new(),
        searched: 0,
        pc: None,
    };
    let _ = write!(finder, "{frame:?}");
    finder.pc
}

/// The `Await` instructions in a code block's listing, in bytecode order: where each starts
/// and where the next instruction starts (the frame's position once it has run).
fn await_instructions(listing: &str) -> Vec<(u32, u32)> {
    let mut at = Vec::new();
    let mut open: Option<u32> = None;
    for line in listing.lines().skip(2) {
        let mut tokens = line.split_whitespace();
        let Some(first) = tokens.next() else {
            // The blank line that ends the instructions.
            break;
        };
        let Ok(pc) = u32::from_str_radix(first, 16) else {
            continue;
        };
        if let Some(start) = open.take() {
            at.push((start, pc));
        }
        // The handler column holds digits and punctuation; the opcode is the first name.
        let opcode = tokens.find(|t| t.starts_with(|c: char| c.is_ascii_uppercase()));
        if opcode == Some("Await") {
            open = Some(pc);
        }
    }
    at
}

/// Every function body and `await` site of a program.
#[derive(Default)]
struct ProgramSites {
    bodies: Vec<Span>,
    /// The spans of the `await` expressions (for `for await`, of its iterable), by start.
    awaits: Vec<Span>,
}

impl ProgramSites {
    /// The `await` sites of the innermost function whose body contains `position`, excluding
    /// those of functions nested in it.
    fn awaits_of_function_at(&self, position: Position) -> Vec<Span> {
        let Some(body) = self
            .bodies
            .iter()
            .filter(|b| b.contains(position))
            .max_by_key(|b| b.start())
        else {
            return Vec::new();
        };
        let nested: Vec<&Span> = self
            .bodies
            .iter()
            .filter(|b| *b != body && body.contains(**b))
            .collect();
        self.awaits
            .iter()
            .copied()
            .filter(|&a| body.contains(a) && !nested.iter().any(|b| b.contains(a.start())))
            .collect()
    }
}

impl<'ast> Visitor<'ast> for ProgramSites {
    type BreakTy = Infallible;

    fn visit_function_body(&mut self, node: &'ast FunctionBody) -> ControlFlow<Infallible> {
        self.bodies.push(node.span());
        node.visit_with(self)
    }

    fn visit_await(&mut self, node: &'ast Await) -> ControlFlow<Infallible> {
        self.awaits.push(node.span());
        node.visit_with(self)
    }

    fn visit_for_of_loop(&mut self, node: &'ast ForOfLoop) -> ControlFlow<Infallible> {
        if node.r#await() {
            // Each iteration awaits the iterator's result.
            self.awaits.push(node.iterable().span());
        }
        node.visit_with(self)
    }
}

thread_local! {
    /// The last program analysed, by its text.
    static SITES: RefCell<Option<(String, Option<Rc<ProgramSites>>)>> = const { RefCell::new(None) };
}

/// The sites of the main module, parsed as the host compiles it (inside the CommonJS wrapper,
/// so that positions agree with the running code's).
fn program_sites(context: &mut Context, source: &str) -> Option<Rc<ProgramSites>> {
    if let Some(cached) = SITES.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|(text, _)| text == source)
            .map(|(_, sites)| sites.clone())
    }) {
        return cached;
    }
    let body = source
        .strip_prefix("#!")
        .map_or(source.to_string(), |rest| format!("//{rest}"));
    let wrapped =
        format!("(function (exports, require, module, __filename, __dirname) {{{body}\n}})");
    let sites = Parser::new(Source::from_bytes(wrapped.as_bytes()))
        .parse_script(&Scope::new_global(), context.interner_mut())
        .ok()
        .map(|script| {
            let mut sites = ProgramSites::default();
            let _ = script.visit_with(&mut sites);
            sites.awaits.sort_by_key(|span| (span.start(), span.end()));
            Rc::new(sites)
        });
    SITES.with(|s| *s.borrow_mut() = Some((source.to_string(), sites.clone())));
    sites
}
