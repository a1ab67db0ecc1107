// Buffer.alloc zero-fills; fill repeats a value, a string or bytes.
console.log(Buffer.alloc(4));
console.log(Buffer.alloc(5, 'ab'));
console.log(Buffer.alloc(5, '€'));
console.log(Buffer.alloc(6, 'YWI=', 'base64'));
console.log(Buffer.alloc(4, 257));
console.log(Buffer.alloc(4).fill(7, 1, 3));
console.log(Buffer.alloc(6).fill('xy', 1));
console.log(Buffer.alloc(5).fill(Buffer.from([1, 2])));
console.log(Buffer.alloc(4).fill(''));
console.log(Buffer.allocUnsafe(8).fill(0));
try {
  Buffer.alloc(4).fill('zz', 'hex');
} catch (err) {
  console.log(err.code, err.message);
}
