// PassThrough as a tap: log what flows through while piping on.
const { PassThrough, Readable, Writable } = require('stream');
const tap = new PassThrough();
let bytes = 0;
tap.on('data', (c) => { bytes += c.length; });
const sink = new Writable({ write(c, e, cb) { console.log('sink', String(c)); cb(); } });
Readable.from(['one', 'two', 'three'], { objectMode: false }).pipe(tap).pipe(sink);
sink.on('finish', () => console.log('finished, tapped bytes', bytes));
const p = new PassThrough({ objectMode: true });
p.write({ x: 1 });
p.end([2]);
p.on('data', (d) => console.log('object', d));
console.log(p.readableObjectMode, p.writableObjectMode);
