// setDefaultHighWaterMark changes the default for new streams.
const stream = require('stream');
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 4);
stream.setDefaultHighWaterMark(true, 2);
const r = new stream.Readable({ read() {} });
const o = new stream.Readable({ objectMode: true, read() {} });
console.log(r.readableHighWaterMark, o.readableHighWaterMark);
console.log(r.push('abc'), r.push('d'), o.push(1), o.push(2));
try {
  stream.setDefaultHighWaterMark(false, -1);
} catch (e) {
  console.log(e.code, e.message);
}
for (const v of [1.5, '3']) {
  try {
    stream.setDefaultHighWaterMark(true, v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  new stream.Writable({ highWaterMark: -5 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  new stream.Readable({ highWaterMark: 'big' });
} catch (e) {
  console.log(e.code, e.message);
}
console.log(new stream.Writable({ highWaterMark: 2.7 }).writableHighWaterMark);
