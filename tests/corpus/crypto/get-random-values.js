// getRandomValues fills integer typed arrays in place; anything else is a DOMException.
const crypto = require('crypto');

const a = new Uint32Array(4);
const r = crypto.getRandomValues(a);
console.log(r === a, a.length, a.every((x) => Number.isInteger(x)));
console.log(crypto.webcrypto.getRandomValues(new Uint8Array(10)).length);
console.log(crypto.getRandomValues(new BigUint64Array(2)).every((x) => typeof x === 'bigint'));
console.log(crypto.getRandomValues(new Int16Array(0)).length);
for (const bad of [new Float64Array(2), new Float32Array(1), new DataView(new ArrayBuffer(4)), new Uint8Array(65537), [1, 2]]) {
  try {
    crypto.getRandomValues(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException);
  }
}
try {
  const { getRandomValues } = crypto.webcrypto;
  getRandomValues(new Uint8Array(2));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(crypto.getRandomValues(new Uint8Array(65536)).length);
