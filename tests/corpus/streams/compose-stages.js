// stream.compose turns several stages into one Duplex.
const { compose, Transform, Readable, pipeline, Writable } = require('stream');
const double = new Transform({
  objectMode: true,
  transform(n, enc, cb) { cb(null, n * 2); },
});
const composed = compose(
  double,
  async function* (source) {
    for await (const n of source) yield `value:${n}`;
  },
);
const seen = [];
pipeline(
  Readable.from([1, 2, 3]),
  composed,
  new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } }),
  (err) => console.log('pipeline done', err, seen),
);
composed.on('finish', () => console.log('composed finish'));
composed.on('end', () => console.log('composed end'));
composed.on('close', () => console.log('composed close'));
