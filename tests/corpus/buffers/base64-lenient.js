// Node's base64 decoder skips what it does not understand and stops at '='.
const inputs = ['aGVsbG8=', 'aGVsbG8', 'aGVs bG8=\n', 'aGVs-bG8_', 'aGVsbG8=d29ybGQ=', '!!aGVsbG8!!', 'a', 'aG', 'aGV', '===='];
for (const s of inputs) {
  const buf = Buffer.from(s, 'base64');
  console.log(JSON.stringify(s).padEnd(22), buf, JSON.stringify(buf.toString()), Buffer.byteLength(s, 'base64'));
}
console.log(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'), Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'));
console.log(btoa('hello'), atob('aGVsbG8='));
