// Characters built from several code points (skin tones, combining marks, ZWJ sequences).
const { StringDecoder } = require('string_decoder');
for (const text of ['👍🏽', 'é', 'e\u0301', '🇫🇷', '👩‍💻']) {
  const bytes = Buffer.from(text);
  const d = new StringDecoder('utf8');
  const pieces = [];
  for (const byte of bytes) pieces.push(d.write(Buffer.from([byte])));
  pieces.push(d.end());
  const shown = pieces.map((p) => (p === '' ? '·' : [...p].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join('+')));
  console.log(JSON.stringify(text), bytes.length, 'bytes:', shown.join(' '));
}
