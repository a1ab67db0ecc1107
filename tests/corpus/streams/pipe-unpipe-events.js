// 'pipe' and 'unpipe' events on the destination; end: false keeps it open.
const { Readable, Writable } = require('stream');
const src = Readable.from(['a', 'b'], { objectMode: false });
const dst = new Writable({ write(c, e, cb) { console.log('write', String(c)); cb(); } });
dst.on('pipe', (s) => console.log('pipe event', s === src));
dst.on('unpipe', (s) => console.log('unpipe event', s === src));
dst.on('finish', () => console.log('finish (should not happen)'));
src.pipe(dst, { end: false });
src.on('end', () => {
  console.log('source ended, dst still writable:', dst.writable);
  dst.end('final', () => console.log('dst ended manually'));
});
