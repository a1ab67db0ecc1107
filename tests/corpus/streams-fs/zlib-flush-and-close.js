// close() destroys a zlib stream; flush(cb) calls back; the constants are there.
const zlib = require('zlib');
console.log(zlib.constants.Z_BEST_COMPRESSION, zlib.constants.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION);
const d = zlib.createDeflate({ level: 9 });
d.write('abc');
d.flush(() => {
  console.log('flushed');
  d.close(() => console.log('closed callback', d.destroyed));
});
d.on('close', () => console.log('close event'));
