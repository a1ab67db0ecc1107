// TextEncoder: encode and encodeInto with a destination that is too small.
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('hé€😀'));
console.log(enc.encode(), enc.encode('\ud800'), enc.encode('a\udc00b'));
const dest = new Uint8Array(5);
console.log(enc.encodeInto('a€😀', dest), dest);
const d2 = new Uint8Array(4);
console.log(enc.encodeInto('😀z', d2), d2);
console.log(enc.encodeInto('', new Uint8Array(0)));
console.log(Object.prototype.toString.call(enc.encode('x')), enc.encode('x') instanceof Buffer);
console.log(enc);
