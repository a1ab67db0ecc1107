// allocUnsafe gives uninitialised memory: fill it before reading.
const size = 6;
const b = Buffer.allocUnsafe(size).fill(0);
console.log(b);
b.write('abc');
console.log(b, b.length);
const slow = Buffer.allocUnsafeSlow(4).fill('z');
console.log(slow.toString());
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(4, 0x41), Buffer.alloc(6, 'aGk=', 'base64'));
console.log(Buffer.alloc(3, ''), Buffer.alloc(0).length);
for (const bad of [-1, 'x', 2 ** 53]) {
  try {
    Buffer.alloc(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof Buffer.poolSize, Buffer.poolSize);
