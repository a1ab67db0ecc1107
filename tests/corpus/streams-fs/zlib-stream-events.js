// A Gzip stream's events when written and ended: 'finish', then 'end', then 'close'.
const zlib = require('zlib');
const gzip = zlib.createGzip();
const events = [];
for (const name of ['finish', 'end', 'close']) gzip.on(name, () => events.push(name));
let bytes = 0;
gzip.on('data', (c) => { bytes += c.length; });
gzip.write('hello ');
gzip.write('world');
gzip.end(() => console.log('end callback', events));
gzip.on('close', () => {
  console.log(events, bytes > 0, gzip.bytesWritten);
});
