// One sequence of bytes read in every encoding.
const bytes = Buffer.from([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  console.log(enc.padEnd(9), JSON.stringify(bytes.toString(enc)));
}
console.log('start/end', JSON.stringify(bytes.toString('utf8', 1, 6)), JSON.stringify(bytes.toString('hex', 6)));
console.log('cut in the middle of a character', JSON.stringify(bytes.toString('utf8', 0, 5)));
