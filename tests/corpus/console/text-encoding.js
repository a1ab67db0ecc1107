// TextEncoder / TextDecoder, also reachable through require('util').
const util = require('util');
const enc = new util.TextEncoder();
const bytes = enc.encode('héllo €');
console.log(bytes, bytes.length);
console.log(new util.TextDecoder().decode(bytes));
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
const target = new Uint8Array(4);
console.log(enc.encodeInto('a€b', target), target);
const dec = new TextDecoder('utf-8');
const euro = enc.encode('€');
console.log(JSON.stringify(dec.decode(euro.subarray(0, 2), { stream: true }) + dec.decode(euro.subarray(2))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82]))));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3]));
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])));
console.log(new TextDecoder('latin1').encoding, new TextDecoder().encoding);
