// indexOf / lastIndexOf / includes with numbers, strings, buffers, offsets and encodings.
const b = Buffer.from('this is a buffer, a buffer');
console.log(b.indexOf('buffer'), b.lastIndexOf('buffer'), b.indexOf('buffer', 11));
console.log(b.indexOf(97), b.indexOf(97 + 256), b.indexOf('a', -10), b.lastIndexOf('a', 10));
console.log(b.includes('is a'), b.includes(Buffer.from('a b')), b.indexOf(''), b.indexOf('', 100));
console.log(b.indexOf('7468', 0, 'hex'), b.indexOf('YSBi', 'base64'));
const u = Buffer.from('aébc€', 'utf16le');
console.log(u.indexOf('bc', 0, 'utf16le'), u.indexOf('€', 'utf16le'));
console.log(b.lastIndexOf('this', -100), b.indexOf('zzz'), b.lastIndexOf(''));
console.log(b.indexOf(new Uint8Array([98, 117])));
try {
  b.indexOf({});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  b.indexOf('a', 0, 'nope');
} catch (e) {
  console.log(e.code, e.message);
}
