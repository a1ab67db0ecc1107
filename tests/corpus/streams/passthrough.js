// PassThrough forwards chunks unchanged; its buffers fill when nobody reads.
const { PassThrough } = require('stream');

const p = new PassThrough({ highWaterMark: 4 });
const r = [];
for (const c of ['ab', 'cd', 'ef', 'gh', 'ij']) r.push(p.write(c));
console.log('writes', r.join(','), 'readableLength', p.readableLength, 'writableLength', p.writableLength);
p.on('drain', () => console.log('drain'));
p.setEncoding('utf8');
p.on('data', (d) => console.log('data', d));
p.on('end', () => console.log('end'));
setImmediate(() => p.end());
const o = new PassThrough({ objectMode: true });
o.write({ x: 1 });
o.write([2]);
o.end('three');
o.on('data', (d) => console.log('object', JSON.stringify(d)));
