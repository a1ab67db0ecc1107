// buf.write never stores half a character; it reports how many bytes it wrote.
const text = 'a€😀';
for (let size = 0; size <= 8; size++) {
  const buf = Buffer.alloc(size);
  const written = buf.write(text);
  console.log(size, written, buf);
}
const b = Buffer.alloc(6, '-');
console.log(b.write('xyz', 2, 2), b.toString(), b.write('4142', 4, 'hex'), b.toString());
console.log(Buffer.alloc(3).write('😀', 'utf16le'), Buffer.alloc(4).write('YWJj', 1, 'base64'));
