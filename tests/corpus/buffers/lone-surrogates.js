// Lone surrogates: utf8 encodes them as U+FFFD, utf16le keeps them.
const broken = 'a\ud83db';
console.log(broken.length, Buffer.from(broken), Buffer.byteLength(broken));
console.log(JSON.stringify(Buffer.from(broken).toString()));
const wide = Buffer.from(broken, 'utf16le');
console.log(wide, JSON.stringify(wide.toString('utf16le')));
const half = '😀'.slice(0, 1);
console.log(JSON.stringify(half), Buffer.from(half), Buffer.from('😀'));
