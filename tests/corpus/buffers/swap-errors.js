// swap16/32/64 need a length that is a multiple of 2/4/8.
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(b.swap16(), b.swap32(), b.swap64());
const utf16be = Buffer.from([0x00, 0x68, 0x00, 0x69, 0x20, 0xac]);
console.log(Buffer.from(utf16be).swap16().toString('utf16le'));
for (const [n, m] of [[3, 'swap16'], [6, 'swap32'], [12, 'swap64']]) {
  try {
    Buffer.alloc(n)[m]();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const big = Buffer.alloc(256);
for (let i = 0; i < 256; i++) big[i] = i;
big.swap32();
console.log(big.subarray(0, 8), big.subarray(248));
