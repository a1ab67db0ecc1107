// stream/promises: pipeline and finished as promises.
const { pipeline, finished } = require('stream/promises');

const { Readable, Writable, PassThrough } = require('stream');

async function main() {
  const out = [];
  const res = await pipeline(
    Readable.from(['x', 'y']),
    new PassThrough({ objectMode: true }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  console.log('resolved with', res, out);

  try {
    await pipeline(
      new Readable({ read() { this.destroy(new Error('nope')); } }),
      new PassThrough(),
    );
  } catch (err) {
    console.log('rejected', err.message);
  }

  const r = new Readable({ read() {} });
  r.push('z');
  r.push(null);
  r.resume();
  await finished(r);
  console.log('finished resolved, readableEnded', r.readableEnded);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  setImmediate(() => w.destroy());
  try {
    await finished(w);
  } catch (err) {
    console.log('finished rejected', err.code);
  }
  const total = await pipeline(Readable.from([1, 2, 3]), async function (src) {
    let s = 0;
    for await (const n of src) s += n;
    return s;
  });
  console.log('sink value', total);
}
main();
