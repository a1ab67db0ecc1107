// swap16/32/64 reverse byte order in place: UTF-16BE from UTF-16LE, network order.
const le = Buffer.from('héllo', 'utf16le');
console.log(le);
const be = Buffer.from(le).swap16();
console.log(be);
console.log(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
try {
  Buffer.from([1, 2, 3]).swap16();
} catch (err) {
  console.log(err.code, err.message);
}
