// stream/consumers reads a whole stream into text, JSON, a Buffer or a Blob.
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');
async function main() {
  const euro = Buffer.from('price: 5€');
  console.log(await text(Readable.from([euro.subarray(0, 9), euro.subarray(9)])));
  console.log(await json(Readable.from(['{"a":', '[1,2]}'])));
  const b = await buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
  console.log(b, Buffer.isBuffer(b));
  const ab = await arrayBuffer(Readable.from([new Uint8Array([1, 2, 3])]));
  console.log(ab.byteLength, ab instanceof ArrayBuffer);
  const bl = await blob(Readable.from(['x', 'yz']));
  console.log(bl.size, await bl.text());
  try {
    await json(Readable.from(['not json']));
  } catch (e) {
    console.log(e.name);
  }
  const p = new PassThrough();
  setTimeout(() => p.end('late data'), 10);
  console.log(await text(p));
  console.log(Object.keys(require('stream/consumers')));
}
main();
