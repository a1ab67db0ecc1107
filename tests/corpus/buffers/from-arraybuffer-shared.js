// Buffer.from(arrayBuffer, offset, length) shares memory with the ArrayBuffer.
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view.set([10, 20, 30, 40, 50, 60, 70, 80]);
const whole = Buffer.from(ab);
const part = Buffer.from(ab, 2, 3);
console.log(whole, part);
view[3] = 99;
console.log('after view write:', part);
part[0] = 1;
console.log('view sees part write:', view[2]);
console.log(part.buffer === ab, part.byteOffset, part.length);
const rest = Buffer.from(ab, 5);
console.log(rest, rest.byteOffset);
const copy = Buffer.from(whole);
copy[0] = 255;
console.log('copy is independent:', whole[0], copy[0]);
const u16 = new Uint16Array([1, 256, 65535]);
console.log(Buffer.from(u16), Buffer.from(u16.buffer));
try {
  Buffer.from(ab, 9);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  Buffer.from(ab, 2, 10);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
