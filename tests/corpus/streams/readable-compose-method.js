// readable.compose(asyncGenerator) (experimental in v20).
const { Readable } = require('stream');
async function main() {
  const upper = Readable.from(['a', 'b', 'c']).compose(async function* (source) {
    for await (const s of source) yield s.toUpperCase();
  });
  console.log(upper.readable, upper.writable);
  console.log(await upper.toArray());
  const errored = Readable.from([1, 2]).compose(async function* (source) {
    for await (const n of source) {
      if (n === 2) throw new Error('stage failed at ' + n);
      yield n;
    }
  });
  try {
    for await (const v of errored) console.log('value', v);
  } catch (e) {
    console.log('caught', e.message);
  }
}
main();
