// Consuming a Transform with for await while a producer writes with backpressure.
const { Transform } = require('stream');
const { once } = require('events');

const t = new Transform({
  highWaterMark: 2,
  objectMode: true,
  transform(n, enc, cb) {
    cb(null, n * 10);
  },
});

async function produce() {
  for (let i = 1; i <= 6; i++) {
    if (!t.write(i)) {
      console.log('producer waits for drain after', i);
      await once(t, 'drain');
    }
  }
  t.end();
}
async function consume() {
  for await (const v of t) {
    console.log('consumed', v);
    await new Promise((r) => setImmediate(r));
  }
  console.log('consumer done');
}
Promise.all([produce(), consume()]).then(() => console.log('all done'));
