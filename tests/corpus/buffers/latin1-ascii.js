// latin1 maps bytes 1:1 to U+0000..U+00FF; ascii reads bytes with the high bit cleared.
const bytes = Buffer.from([0x41, 0xe9, 0xff, 0x80, 0xc3, 0xa9]);
console.log(JSON.stringify(bytes.toString('latin1')), JSON.stringify(bytes.toString('ascii')), JSON.stringify(bytes.toString('utf8')));
console.log(Buffer.from('é€Ā', 'latin1'), Buffer.from('é€Ā', 'ascii'));
const mojibake = Buffer.from('café').toString('latin1');
console.log(mojibake, Buffer.from(mojibake, 'latin1').toString('utf8'));
