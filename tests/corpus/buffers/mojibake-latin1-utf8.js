// Mojibake: UTF-8 bytes decoded as latin1, and back again.
const original = 'Café Noël — 日本';
const utf8 = Buffer.from(original, 'utf8');
const garbled = utf8.toString('latin1');
console.log(garbled);
console.log(Buffer.from(garbled, 'latin1').toString('utf8'));
const asLatin1 = Buffer.from(original, 'latin1');
console.log(asLatin1, asLatin1.toString('utf8'));
console.log(Buffer.from('café', 'latin1').toString('utf8'));
console.log(Buffer.from('Ã©', 'latin1').toString());
console.log(Buffer.from(original, 'ascii').toString('ascii'), Buffer.from([0xe9, 0x80]).toString('ascii'));
