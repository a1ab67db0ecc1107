// pipeline() with async generator functions as source, transform and destination.
const { pipeline, Writable } = require('stream');

async function* source() {
  for (const w of ['alpha', 'beta', 'gamma']) {
    yield w;
    await new Promise((r) => setImmediate(r));
  }
}
async function* upper(src, { signal }) {
  console.log('transform gets a signal', typeof signal.aborted);
  for await (const chunk of src) yield String(chunk).toUpperCase();
}
const out = [];
pipeline(
  source,
  upper,
  async function* (src) {
    for await (const c of src) yield `${c}!`;
  },
  new Writable({
    objectMode: true,
    write(c, e, cb) {
      out.push(c);
      cb();
    },
  }),
  (err) => console.log('done', err, out),
);

pipeline(
  source,
  async function (src) {
    let total = '';
    for await (const c of src) total += c;
    return total.length;
  },
  (err, value) => console.log('sink result', err, value),
);

pipeline(
  async function* () {
    yield 'x';
    throw new Error('generator failed');
  },
  async function* (src) {
    for await (const c of src) yield c;
  },
  new Writable({ write(c, e, cb) { cb(); } }),
  (err) => console.log('generator error', err.message),
);
