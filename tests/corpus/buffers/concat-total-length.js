// Buffer.concat with and without totalLength.
const parts = [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([0x65, 0x66])];
console.log(Buffer.concat(parts).toString());
console.log(Buffer.concat(parts, 3).toString());
console.log(Buffer.concat(parts, 8));
console.log(Buffer.concat([]).length, Buffer.concat([], 4));
const one = Buffer.from('x');
const c = Buffer.concat([one]);
c[0] = 0x79;
console.log(one.toString(), c.toString());
try {
  Buffer.concat([Buffer.from('a'), 'b']);
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
try {
  Buffer.concat('ab');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
try {
  Buffer.concat([one], -1);
} catch (e) {
  console.log(e.code, e.message);
}
