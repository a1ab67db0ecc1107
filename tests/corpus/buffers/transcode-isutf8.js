// buffer.transcode, isUtf8 and isAscii.
const { transcode, isUtf8, isAscii } = require('buffer');
const utf8 = Buffer.from('€ and é');
console.log(transcode(utf8, 'utf8', 'utf16le'));
console.log(transcode(utf8, 'utf8', 'latin1'), transcode(utf8, 'utf8', 'ascii').toString());
console.log(transcode(Buffer.from('hé', 'latin1'), 'latin1', 'utf8'));
console.log(isUtf8(utf8), isUtf8(Buffer.from([0xc3])), isAscii(utf8), isAscii(Buffer.from('plain')));
try {
  transcode(utf8, 'utf8', 'hex');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  isUtf8('string');
} catch (e) {
  console.log(e.code, e.message);
}
