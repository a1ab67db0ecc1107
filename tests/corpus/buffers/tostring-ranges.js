// toString(encoding, start, end) clamps its range.
const b = Buffer.from('hello world');
console.log(b.toString('utf8', 0, 5));
console.log(b.toString('utf8', 6));
console.log(JSON.stringify(b.toString('utf8', 5, 2)));
console.log(b.toString(undefined, -3, 100));
console.log(b.toString('hex', 0, 3), b.toString('base64', 0, 3));
console.log(b.toString('ascii', 1.7, 4.2));
console.log(b.toString('UTF-8'), b.toString('Latin1'));
try {
  b.toString('utf9');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const e = Buffer.from('€uro');
console.log(JSON.stringify(e.toString('utf8', 1)), JSON.stringify(e.toString('utf8', 0, 2)));
