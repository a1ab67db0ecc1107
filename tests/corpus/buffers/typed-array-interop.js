// Buffers are Uint8Arrays; they share memory with ArrayBuffers and other views.
const ab = new ArrayBuffer(8);
const view = new DataView(ab);
view.setUint32(0, 0xdeadbeef);
const buf = Buffer.from(ab, 0, 4);
console.log(buf, buf instanceof Uint8Array, buf.readUInt32BE(0).toString(16));
buf[3] = 0;
console.log(view.getUint32(0).toString(16));
const u16 = new Uint16Array([0x0102, 0x0304]);
console.log(Buffer.from(u16), Buffer.from(u16.buffer));
console.log([...Buffer.from('hi')], Array.from(Buffer.from('hi').entries()), Buffer.from('abc').map((b) => b + 1));
