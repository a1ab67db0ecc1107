// Buffer.from(array) truncates each value to a byte.
console.log(Buffer.from([256, 257, -1, -255, 1.9, '7', 'x', null, undefined, true]));
console.log(Buffer.from([0x48, 0x69]).toString());
console.log(Buffer.from({ length: 3, 0: 1, 1: 2, 2: 3 }));
console.log(Buffer.from(new Set([1, 2])).length);
console.log(Buffer.from({ type: 'Buffer', data: [104, 105] }).toString());
try {
  Buffer.from(42);
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
try {
  Buffer.from();
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
try {
  Buffer.from(null);
} catch (e) {
  console.log(e.message);
}
