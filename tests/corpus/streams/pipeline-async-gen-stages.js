// pipeline with an async generator source, transform stage and async function sink.
const { pipeline } = require('stream/promises');
async function* source() {
  for (const word of ['alpha', 'beta', 'gamma']) yield word;
}
async function main() {
  const result = [];
  await pipeline(
    source,
    async function* (src) {
      for await (const w of src) yield w.length;
    },
    async function* (src) {
      for await (const n of src) yield n * 10;
    },
    async function (src) {
      for await (const n of src) result.push(n);
    },
  );
  console.log('result', result);
  const value = await pipeline(source, async function (src) {
    let s = '';
    for await (const w of src) s += w[0];
    return s;
  });
  console.log('returned', value);
}
main();
