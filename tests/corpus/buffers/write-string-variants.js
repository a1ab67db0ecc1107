// buf.write(string[, offset[, length]][, encoding]) returns bytes written, never a partial char.
const b = Buffer.alloc(8, '.');
console.log(b.write('ab'), b.toString());
console.log(b.write('cd', 3), b.toString());
console.log(b.write('efgh', 5, 2), b.toString());
console.log(b.write('ff00', 0, 'hex'), b);
console.log(b.write('€€€', 1), b);
console.log(b.write('aGk=', 6, 'base64'), b.toString('latin1', 6));
console.log(b.write('zz', 8), b.write('', 0));
for (const args of [['x', 9], ['x', -1], ['x', 0, -1], [1]]) {
  try {
    console.log(b.write(...args));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
