// Readable.from(string) emits the whole string as one chunk; from(buffer) too.
const { Readable } = require('stream');
async function main() {
  for await (const chunk of Readable.from('hello world')) console.log('string chunk', JSON.stringify(chunk));
  for await (const chunk of Readable.from(Buffer.from('buf'))) console.log('buffer chunk', chunk);
  for await (const chunk of Readable.from(['a', 'b'])) console.log('array item', chunk);
  const r = Readable.from('x');
  console.log(r.readableObjectMode, r.readableHighWaterMark);
  const r2 = Readable.from(['x'], { objectMode: false });
  console.log(r2.readableObjectMode, r2.readableHighWaterMark);
  for await (const c of r2) console.log('non-object chunk', c);
  try {
    Readable.from(42);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    Readable.from(null);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
main();
