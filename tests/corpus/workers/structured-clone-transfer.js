// The global structuredClone can transfer too: the original buffer is detached.
const buf = new Uint8Array([1, 2, 3, 4]).buffer;
const moved = structuredClone(buf, { transfer: [buf] });
console.log('original byteLength:', buf.byteLength);
console.log('clone:', new Uint8Array(moved));
try {
  structuredClone();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  structuredClone(1, 'options');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(structuredClone(1, null), structuredClone('s', undefined));
