// push() after push(null) errors the stream with ERR_STREAM_PUSH_AFTER_EOF.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', (err) => console.log('error', err.name, err.code, err.message, 'destroyed', r.destroyed));
r.on('close', () => console.log('close'));
r.on('end', () => console.log('end (never)'));
console.log('push null', r.push(null));
console.log('push after', r.push('late'));
console.log('errored', r.errored && r.errored.code);
