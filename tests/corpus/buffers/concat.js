// Collecting chunks and joining them once with Buffer.concat.
const chunks = [Buffer.from('hel'), Buffer.from('lo '), new Uint8Array([0xe2, 0x82]), Buffer.from([0xac])];
const all = Buffer.concat(chunks);
console.log(all, all.length, all.toString());
console.log(Buffer.concat(chunks, 4).toString());
console.log(Buffer.concat(chunks, 14));
console.log(Buffer.concat([]).length);
try {
  Buffer.concat([Buffer.from('a'), 'b']);
} catch (err) {
  console.log(err.code, err.message);
}
