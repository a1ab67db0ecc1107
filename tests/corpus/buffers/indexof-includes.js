// Searching bytes, strings and buffers.
const buf = Buffer.from('one two three two');
console.log(buf.indexOf('two'), buf.lastIndexOf('two'), buf.indexOf('two', 5), buf.indexOf('two', -5));
console.log(buf.indexOf(0x74), buf.indexOf(Buffer.from('three')), buf.includes('four'), buf.includes('one', 1));
console.log(buf.indexOf(''), buf.indexOf('', 100), buf.lastIndexOf('e', 3));
const wide = Buffer.from('a€b€', 'utf16le');
console.log(wide.indexOf('€', 0, 'utf16le'), wide.lastIndexOf('€', undefined, 'ucs2'));
console.log(Buffer.from('xx68656c6c6f').indexOf('6c6c', 0, 'hex'), Buffer.from('caf\u00e9').indexOf('é'));
