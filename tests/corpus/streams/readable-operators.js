// Readable operators (experimental in v20): results only.
const { Readable } = require('stream');

async function main() {
  console.log('toArray', await Readable.from([1, 2, 3]).toArray());
  console.log('map', await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  console.log('async map', await Readable.from([1, 2]).map(async (x) => x + 0.5).toArray());
  console.log('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  console.log('take', await Readable.from([1, 2, 3, 4]).take(2).toArray());
  console.log('drop', await Readable.from([1, 2, 3, 4]).drop(3).toArray());
  console.log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  console.log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  console.log('reduce no init', await Readable.from([1, 2, 3]).reduce((a, b) => a * b));
  console.log('some', await Readable.from([1, 2]).some((x) => x > 1), await Readable.from([1]).some((x) => x > 1));
  console.log('every', await Readable.from([1, 2]).every((x) => x > 0), await Readable.from([1, 2]).every((x) => x > 1));
  console.log('find', await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1]).find((x) => x > 5));
  const seen = [];
  await Readable.from(['a', 'b']).forEach((x) => seen.push(x));
  console.log('forEach', seen);
  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('cd');
  bytes.push(null);
  console.log('byte chunks', (await bytes.toArray()).map(String));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    Readable.from([1]).map(5);
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    Readable.from([1]).take(-1);
  } catch (err) {
    console.log(err.code, err.message);
  }
  const mapped = Readable.from([1]).map((x) => x);
  console.log('map returns a Readable', mapped instanceof Readable, mapped.readableObjectMode);
}
main();
