// The same text stored with each of Node's encodings.
const text = 'héllo €';
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii']) {
  const buf = Buffer.from(text, enc);
  console.log(enc.padEnd(8), buf.length, buf);
}
console.log('base64', Buffer.from('aMOpbGxvIOKCrA==', 'base64').toString());
console.log('base64url', Buffer.from('aMOpbGxvIOKCrA', 'base64url').toString());
console.log('hex', Buffer.from('68c3a96c6c6f20e282ac', 'hex').toString());
console.log('aliases', Buffer.from('hi', 'UCS-2'), Buffer.from('hi', 'binary'), Buffer.from('hi', 'UTF-8'));
