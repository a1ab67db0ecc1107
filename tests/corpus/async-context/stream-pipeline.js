// pipeline's callback and a Transform's work: which store do they see?
const { AsyncLocalStorage } = require('async_hooks');
const { Readable, Transform, Writable, pipeline } = require('stream');
const als = new AsyncLocalStorage();
const out = [];
als.run('pipeline-call', () => {
  pipeline(
    Readable.from(['a', 'b', 'c']),
    new Transform({
      transform(chunk, enc, cb) {
        out.push(`${chunk}:${als.getStore()}`);
        cb(null, chunk.toString().toUpperCase());
      },
    }),
    new Writable({ write(chunk, enc, cb) { out.push(`w${chunk}:${als.getStore()}`); cb(); } }),
    (err) => {
      console.log('pipeline done', err, 'in', als.getStore());
      console.log(out.join(' '));
    },
  );
});
