// Own properties of the stream classes and their prototypes, in Node's order.
const s=require('stream');
for (const C of [s.Readable,s.Writable,s.Duplex,s.Transform,s.PassThrough]) console.log(C.name, Object.keys(C.prototype).join(','), '|', Object.keys(C).join(','));
console.log(Object.keys(s).join(','));
console.log(Object.getOwnPropertyNames(s.Readable.prototype).join(','));
console.log(Object.getOwnPropertyNames(s.Writable.prototype).join(','));
console.log(Object.getOwnPropertyNames(s.Duplex.prototype).join(','));
