// Small buffers share a pre-allocated pool: .buffer is bigger than the Buffer.
const a = Buffer.from('hi');
const b = Buffer.from('there');
console.log(a.buffer.byteLength, b.buffer.byteLength, a.buffer === b.buffer);
console.log(b.byteOffset - a.byteOffset);
const wrong = new Uint8Array(a.buffer);
console.log(wrong.length === a.length);
const right = new Uint8Array(a.buffer, a.byteOffset, a.length);
console.log(Buffer.from(right).toString());
const big = Buffer.from('x'.repeat(5000));
console.log(big.buffer.byteLength, big.byteOffset);
console.log(Buffer.alloc(10).buffer.byteLength, Buffer.allocUnsafe(10).buffer.byteLength, Buffer.allocUnsafeSlow(10).buffer.byteLength);
const ab = a.buffer.slice(a.byteOffset, a.byteOffset + a.length);
console.log(ab.byteLength, Buffer.from(ab).toString());
console.log(Buffer.poolSize);
