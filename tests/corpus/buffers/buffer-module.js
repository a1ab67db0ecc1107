// The buffer module's exports and constants.
const buffer = require('buffer');
console.log(buffer.Buffer === Buffer, buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH);
console.log(buffer.isUtf8(Buffer.from('ok ✓')), buffer.isUtf8(Buffer.from([0xc3, 0x28])), buffer.isAscii(Buffer.from('ok')));
console.log(buffer.transcode(Buffer.from('€uro'), 'utf8', 'latin1'), buffer.transcode(Buffer.from('hi'), 'utf8', 'utf16le'));
console.log(buffer.atob('SGk='), buffer.btoa('Hi'));
console.log(Buffer.poolSize, typeof Buffer.allocUnsafeSlow, Buffer.of(1, 2, 3), Buffer.copyBytesFrom(new Uint16Array([0x0102])));
