// Two async generators consumed concurrently interleave by microtask turns.
async function* count(name) {
  for (let i = 0; i < 3; i++) yield `${name}${i}`;
}
async function consume(name) {
  for await (const v of count(name)) console.log(v);
}
consume('a');
consume('b');
