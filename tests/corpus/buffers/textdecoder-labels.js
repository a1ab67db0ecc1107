// WHATWG encoding labels: latin1 means windows-1252 for TextDecoder.
const bytes = new Uint8Array([0x80, 0x93, 0xe9, 0x94]);
console.log(new TextDecoder('latin1').decode(bytes), new TextDecoder('latin1').encoding);
console.log(Buffer.from(bytes).toString('latin1') === new TextDecoder('latin1').decode(bytes));
console.log(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x68, 0, 0x69])));
console.log(new TextDecoder('UTF8').encoding, new TextDecoder(' utf-8 ').encoding, new TextDecoder('unicode-1-1-utf-8').encoding);
console.log(new TextDecoder('utf-16').encoding, new TextDecoder('ascii').encoding);
