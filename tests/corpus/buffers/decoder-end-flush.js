// end() turns held bytes into U+FFFD and resets the decoder so it can be reused.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0x61, 0xe2, 0x82]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from([0xac]))));
console.log(JSON.stringify(d.end(Buffer.from([0xf0, 0x9f, 0x98]))));
console.log(JSON.stringify(d.write(Buffer.from('ok'))), JSON.stringify(d.end()));
const s = new StringDecoder('utf8');
console.log(JSON.stringify(s.write('strings pass through')), JSON.stringify(s.end('!')));
