// Readable.from: arrays, generators, async generators, strings, Buffers, promises.
const { Readable } = require('stream');

async function collect(label, r) {
  const out = [];
  for await (const c of r) out.push(Buffer.isBuffer(c) ? `<Buffer ${c.toString()}>` : c);
  console.log(label, JSON.stringify(out), 'objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
}

function* gen() {
  yield 'g1';
  yield 'g2';
}
async function* agen() {
  yield 'a1';
  await new Promise((r) => setImmediate(r));
  yield 'a2';
}

async function main() {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('generator', Readable.from(gen()));
  await collect('async generator', Readable.from(agen()));
  await collect('string (one chunk)', Readable.from('hello'));
  await collect('buffer', Readable.from(Buffer.from('buf')));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'v2']));
  await collect('bytes mode', Readable.from(['ab', 'cd'], { objectMode: false }));
  await collect('set', Readable.from(new Set(['s1', 's2'])));
  try {
    Readable.from(42);
  } catch (err) {
    console.log(err.code, err.message);
  }
  const r = Readable.from([1, null, 3]);
  r.on('error', (err) => console.log('null value error', err.code, err.message));
  r.on('data', (d) => console.log('data', d));
}
main();
