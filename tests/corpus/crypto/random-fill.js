// randomFillSync / randomFill write into an existing buffer, optionally a range of it.
const crypto = require('crypto');

const buf = Buffer.alloc(10);
crypto.randomFillSync(buf, 5);
console.log('first five untouched:', buf.subarray(0, 5).every((b) => b === 0));
const zeros = Buffer.alloc(8);
crypto.randomFillSync(zeros, 2, 3);
console.log('outside the range untouched:', zeros[0] === 0 && zeros[1] === 0 && zeros.subarray(5).every((b) => b === 0));
const arr = new Uint32Array(4);
console.log(crypto.randomFillSync(arr) === arr);
for (const args of [[Buffer.alloc(4), 5], [Buffer.alloc(4), 1, 4], ['x'], [Buffer.alloc(4), -1]]) {
  try {
    crypto.randomFillSync(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const target = Buffer.alloc(16);
crypto.randomFill(target, (err, b) => {
  console.log('async fill', err, b === target, b.length);
});
crypto.randomFill(new Uint8Array(4), 0, 0, (err, b) => console.log('empty fill', err, b.length));
console.log('sync end');
