//! Async functions in the trace: an `await` continuation is labelled with the line of the
//! `await` it resumes from, not the line where its function starts.

mod common;

use common::{microtask_starts, trace_of};

fn resume(name: &str, line: u32) -> (String, Option<u32>) {
    (format!("resume {name}() after await"), Some(line))
}

#[test]
fn an_await_continuation_names_the_line_of_its_await() {
    let trace = trace_of(
        "async function main() {\n\
         \x20 console.log('a');\n\
         \x20 await null;\n\
         \x20 console.log('b');\n\
         \x20 await new Promise((resolve) => setTimeout(resolve, 1));\n\
         \x20 const x = await Promise.resolve(1);\n\
         \x20 return x;\n\
         }\n\
         main();\n",
    );
    let resumes: Vec<_> = microtask_starts(&trace)
        .into_iter()
        .filter(|(label, _)| label.starts_with("resume"))
        .collect();
    assert_eq!(
        resumes,
        vec![resume("main", 3), resume("main", 5), resume("main", 6)]
    );
}

#[test]
fn awaits_in_loops_nested_functions_and_for_await_keep_their_lines() {
    let trace = trace_of(
        "const run = async () => {\n\
         \x20 const inner = async (v) => {\n\
         \x20   await v;\n\
         \x20   return v;\n\
         \x20 };\n\
         \x20 for (let i = 0; i < 2; i++) {\n\
         \x20   await inner(i);\n\
         \x20 }\n\
         \x20 for await (const x of numbers()) {\n\
         \x20   void x;\n\
         \x20 }\n\
         };\n\
         async function* numbers() {\n\
         \x20 yield 1;\n\
         }\n\
         run();\n",
    );
    let lines: Vec<(String, u32)> = microtask_starts(&trace)
        .into_iter()
        .filter(|(label, _)| label.starts_with("resume"))
        .map(|(label, line)| (label, line.expect("a line")))
        .collect();
    let of = |name: &str| -> Vec<u32> {
        let label = format!("resume {name}() after await");
        lines
            .iter()
            .filter(|(l, _)| *l == label)
            .map(|(_, line)| *line)
            .collect()
    };
    assert_eq!(of("inner"), vec![3, 3]);
    assert_eq!(of("run"), vec![7, 7, 9, 9]);
}
