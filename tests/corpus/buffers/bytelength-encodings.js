// Buffer.byteLength in each encoding versus String length.
const samples = ['hello', 'é', '€', '😀', 'naïve café', '日本語'];
for (const s of samples) {
  console.log(JSON.stringify(s), 'length', s.length,
    'utf8', Buffer.byteLength(s),
    'utf16le', Buffer.byteLength(s, 'utf16le'),
    'latin1', Buffer.byteLength(s, 'latin1'));
}
console.log(Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64url'));
console.log(Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex'));
console.log(Buffer.byteLength(new Uint8Array(7)), Buffer.byteLength(new ArrayBuffer(9)));
console.log(Buffer.byteLength(Buffer.from('xyz')), Buffer.byteLength(new DataView(new ArrayBuffer(3))));
try {
  Buffer.byteLength(5);
} catch (e) {
  console.log(e.code, e.message);
}
