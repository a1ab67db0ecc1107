// pipeline() with a source that cannot open: the destination is destroyed, the callback gets
// the open error.
const fs = require('fs');
const { pipeline, Writable } = require('stream');
const sink = new Writable({ write(c, e, cb) { cb(); } });
sink.on('close', () => console.log('sink closed', sink.destroyed));
pipeline(fs.createReadStream('./missing-source.txt'), sink, (err) => {
  console.log('callback', err.code, err.syscall);
});
