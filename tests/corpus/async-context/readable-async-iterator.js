// for await over a Readable inside run(): each iteration resumes in the run's store.
const { AsyncLocalStorage } = require('async_hooks');
const { Readable, finished } = require('stream');
const als = new AsyncLocalStorage();
als.run('consumer', async () => {
  const src = Readable.from(['one', 'two', 'three']);
  finished(src, (err) => console.log('finished callback', err, als.getStore()));
  for await (const chunk of src) {
    console.log(chunk, als.getStore());
  }
  console.log('after loop', als.getStore());
});
