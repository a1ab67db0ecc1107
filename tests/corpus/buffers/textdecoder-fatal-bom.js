// TextDecoder: fatal mode, BOM handling, utf-16le, streaming.
const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]);
console.log(JSON.stringify(new TextDecoder().decode(bytes)));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0x62]))));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x61, 0xff]));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM);
const u16 = new TextDecoder('utf-16le');
console.log(u16.encoding, u16.decode(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00])));
const s = new TextDecoder();
const euro = [0xe2, 0x82, 0xac];
let out = '';
out += s.decode(new Uint8Array(euro.slice(0, 1)), { stream: true });
out += s.decode(new Uint8Array(euro.slice(1)), { stream: true });
out += s.decode();
console.log(out, out.length);
const t = new TextDecoder();
console.log(JSON.stringify(t.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), JSON.stringify(t.decode()));
console.log(new TextDecoder('latin1').encoding, new TextDecoder('ascii').encoding);
try {
  new TextDecoder('klingon');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(new TextDecoder().decode(Buffer.from('from buffer')), new TextDecoder().decode(new ArrayBuffer(1)).length);
