// Data that is not compressed, or is cut short, fails with zlib's error codes.
const zlib = require('zlib');
for (const fn of ['gunzipSync', 'inflateSync']) {
  try {
    zlib[fn](Buffer.from('definitely not compressed'));
  } catch (err) {
    console.log(fn, err.message, err.code, err.errno);
  }
}
try {
  const gz = zlib.gzipSync('some text that will be cut');
  zlib.gunzipSync(gz.subarray(0, 12));
} catch (err) {
  console.log('truncated', err.message, err.code, err.errno);
}
zlib.gunzip(Buffer.from('nope'), (err, out) => {
  console.log('async', err.message, err.code, out);
});
const g = zlib.createGunzip();
g.on('error', (err) => console.log('stream error', err.code, g.destroyed));
g.on('close', () => console.log('stream close'));
g.end(Buffer.from('garbage!'));
try {
  zlib.gzipSync(42);
} catch (err) {
  console.log(err.code);
}
