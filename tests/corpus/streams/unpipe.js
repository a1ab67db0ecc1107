// unpipe() stops the flow; the source is paused and keeps buffering.
const { Readable, Writable } = require('stream');

const src = new Readable({ read() {} });
const a = new Writable({ write(c, e, cb) { console.log('a got', String(c)); cb(); } });
const b = new Writable({ write(c, e, cb) { console.log('b got', String(c)); cb(); } });
a.on('unpipe', () => console.log('a unpipe'));
b.on('unpipe', () => console.log('b unpipe'));
src.on('pause', () => console.log('src pause'));
src.pipe(a);
src.pipe(b);
src.push('1');
setImmediate(() => {
  src.unpipe(a);
  console.log('flowing after unpipe(a)', src.readableFlowing);
  src.push('2');
  setImmediate(() => {
    src.unpipe();
    console.log('flowing after unpipe()', src.readableFlowing);
    src.push('3');
    setImmediate(() => {
      console.log('buffered', src.readableLength);
      console.log('unpipe unknown returns this', src.unpipe(a) === src);
    });
  });
});
