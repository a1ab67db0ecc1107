// Operator edge cases: take with fractions, drop everything, error inside map, concurrency validation.
const { Readable } = require('stream');
async function main() {
  console.log(await Readable.from([1, 2, 3, 4]).take(1.5).toArray());
  console.log(await Readable.from([1, 2, 3]).drop(Infinity).toArray());
  console.log(await Readable.from([1, 2, 3]).take(NaN).toArray());
  console.log(await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray());
  console.log(await Readable.from(['ab', 'c']).flatMap(async function* (s) { yield* s; }).toArray());
  try {
    await Readable.from([1, 2, 3]).map((x) => {
      if (x === 2) throw new Error('map threw on ' + x);
      return x;
    }).toArray();
  } catch (e) {
    console.log('caught', e.message);
  }
  for (const c of [0, 1.5, 'x', -1]) {
    try {
      Readable.from([1]).map((x) => x, { concurrency: c });
      console.log('accepted', c);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  try {
    Readable.from([1]).filter((x) => x, { highWaterMark: -1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
  console.log(await Readable.from([3, 4]).every(async (x) => x > 2), await Readable.from([]).some(() => true));
  const ac = new AbortController();
  ac.abort();
  try {
    await Readable.from([1, 2]).toArray({ signal: ac.signal });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    await Readable.from([1, 2]).reduce((a, b) => a + b, 0, { signal: ac.signal });
  } catch (e) {
    console.log('reduce', e.name, e.message);
  }
}
main();
