// Calling toString() on each chunk corrupts characters cut at a chunk boundary.
const { StringDecoder } = require('string_decoder');
const msg = Buffer.from('€€€');
const chunks = [msg.subarray(0, 4), msg.subarray(4)];
console.log(chunks);
const naive = chunks.map((c) => c.toString()).join('');
console.log(naive, naive.length, [...naive].map((c) => c.charCodeAt(0).toString(16)));
const d = new StringDecoder('utf8');
const right = chunks.map((c) => d.write(c)).join('') + d.end();
console.log(right, right.length);
console.log(Buffer.concat(chunks).toString());
console.log(Buffer.from([0xc3]).toString() === '\ufffd', Buffer.from([0xf0, 0x9f, 0x98]).toString().length);
