// Readable stream events: data pushed from a timer reaches listeners in that timer's context.
const { AsyncLocalStorage } = require('async_hooks');
const { Readable, Writable } = require('stream');
const als = new AsyncLocalStorage();
const src = new Readable({ read() {} });
als.run('listener-registration', () => {
  src.on('data', (chunk) => console.log('data', chunk.toString(), 'in', als.getStore()));
  src.on('end', () => console.log('end in', als.getStore()));
});
als.run('producer', () => {
  setTimeout(() => { src.push('a'); src.push('b'); }, 1);
  setTimeout(() => src.push(null), 2);
});
const sink = new Writable({
  write(chunk, enc, cb) {
    console.log('write', chunk.toString(), 'in', als.getStore());
    setImmediate(cb);
  },
});
sink.on('finish', () => console.log('finish in', als.getStore()));
setTimeout(() => als.run('writer', () => { sink.write('x'); sink.end('y'); }), 10);
