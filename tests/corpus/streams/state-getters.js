// The public state getters over a stream's life.
const stream = require('stream');
const { Readable, Writable } = stream;
const r = new Readable({ read() {} });
const show = (label) => console.log(label, {
  readable: r.readable, ended: r.readableEnded, didRead: r.readableDidRead, aborted: r.readableAborted,
  disturbed: Readable.isDisturbed(r), errored: stream.isErrored(r), destroyed: r.destroyed,
});
show('fresh');
r.push('x');
r.read();
show('after read');
r.push(null);
r.read();
r.on('end', () => {
  show('ended');
  r.destroy();
  show('destroyed');
});
const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
console.log(w.writableHighWaterMark, w.writableObjectMode, w.writableCorked, w.writableNeedDrain);
w.write('abcd');
console.log('after big write', w.writableLength, w.writableNeedDrain);
w.destroy(new Error('stop'));
w.on('error', () => console.log('w errored', w.errored.message, 'writableErrored' in w, w.writableAborted, stream.isErrored(w)));
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
