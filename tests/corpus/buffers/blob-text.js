// Blob from strings and buffers: size in bytes, text(), arrayBuffer(), slice.
const { Blob } = require('buffer');
async function main() {
  const blob = new Blob(['héllo', ' ', Buffer.from('wörld')], { type: 'text/plain' });
  console.log(blob.size, blob.type);
  console.log(await blob.text());
  const ab = await blob.arrayBuffer();
  console.log(ab.byteLength, Buffer.from(ab).subarray(0, 3));
  console.log(await blob.slice(0, 2).text(), await blob.slice(-6).text());
  console.log(blob);
  console.log(Object.prototype.toString.call(blob), globalThis.Blob === Blob);
}
main();
