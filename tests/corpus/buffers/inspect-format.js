// How console.log shows buffers.
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(53, 2));
console.log({ payload: Buffer.from([1, 2, 3]), list: [Buffer.from('a')] });
const tagged = Buffer.from('xy');
tagged.label = 'tagged';
console.log(tagged);
console.log('%s | %j', Buffer.from('text'), Buffer.from('js'));
console.log(require('buffer').INSPECT_MAX_BYTES, String(Buffer.from('to string')));
