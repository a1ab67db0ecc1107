// Ill-formed UTF-8: one U+FFFD per maximal subpart, whole or chunked.
const { StringDecoder } = require('string_decoder');
const cases = ['C9B5A941', 'E241', 'F0B841', 'F0FB00', 'CCE2B8B8', 'E2B8CCB8', 'EDA0B5EDB08D', 'C0AF', 'E080AF', 'F4908080', 'FF', '80BF', 'F1', 'E282'];
for (const hex of cases) {
  const buf = Buffer.from(hex, 'hex');
  const whole = buf.toString();
  const d = new StringDecoder('utf8');
  let oneByOne = '';
  for (const byte of buf) oneByOne += d.write(Buffer.from([byte]));
  oneByOne += d.end();
  const esc = (s) => [...s].map((c) => (c === '\ufffd' ? '<?>' : `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`)).join(' ');
  console.log(hex.padEnd(13), esc(whole), whole === oneByOne ? '(same byte by byte)' : `(byte by byte: ${esc(oneByOne)})`);
}
