// for await over a byte stream collects chunks, with and without setEncoding.
const { Readable } = require('stream');
function make() {
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push(Buffer.from('cd'));
  r.push(new Uint8Array([0x65]));
  r.push(null);
  return r;
}
async function main() {
  const chunks = [];
  for await (const c of make()) chunks.push(c);
  console.log(chunks);
  console.log(Buffer.concat(chunks).toString());
  const r = make();
  r.setEncoding('utf8');
  let s = '';
  for await (const c of r) s += c + '|';
  console.log(s);
}
main();
