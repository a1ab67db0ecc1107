// push() after push(null) emits ERR_STREAM_PUSH_AFTER_EOF; unshift after end too.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.code, e.message));
r.on('close', () => console.log('close'));
r.push('data');
r.push(null);
console.log('push after eof returns', r.push('more'));
const r2 = new Readable({ read() {} });
r2.on('error', (e) => console.log('r2 error', e.code, e.message));
r2.push(null);
r2.resume();
r2.on('end', () => {
  console.log('r2 end');
  r2.unshift('back');
});
