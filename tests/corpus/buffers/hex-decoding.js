// hex decoding stops at the first pair that is not two hex digits.
for (const s of ['48656c6c6f', '48656C6C6F', '48656c6c6', '4865zz6c6f', 'zz', '', ' 48']) {
  const buf = Buffer.from(s, 'hex');
  console.log(JSON.stringify(s).padEnd(14), buf, buf.length, Buffer.byteLength(s, 'hex'));
}
console.log(Buffer.from('Hello').toString('hex'));
