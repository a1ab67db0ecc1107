// A throwing async generator stage rejects pipeline; the source is destroyed.
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');
async function main() {
  const src = Readable.from(['x', 'y', 'z']);
  src.on('close', () => console.log('source closed'));
  try {
    await pipeline(src, async function* (s) {
      for await (const c of s) {
        if (c === 'y') throw new TypeError('no y allowed');
        yield c;
      }
    }, async function (s) {
      for await (const c of s) console.log('sink', c);
    });
  } catch (e) {
    console.log('rejected', e.name, e.message, src.destroyed);
  }
}
main();
