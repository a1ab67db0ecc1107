// Buffer.isBuffer and Buffer.isEncoding.
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer());
const encs = ['utf8', 'UTF-8', 'utf-8', 'Utf8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF16LE', 'latin1', 'binary',
  'base64', 'base64url', 'hex', 'ascii', 'utf16', 'utf32', 'win-1252', '', null, 1, undefined, 'HEX'];
for (const e of encs) console.log(JSON.stringify(e), Buffer.isEncoding(e));
console.log(Buffer.from('hi', 'ucs-2'), Buffer.from('hi', 'binary'));
for (const e of ['utf16', 'UTF-32', '']) {
  try {
    console.log(Buffer.from('hi', e));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
