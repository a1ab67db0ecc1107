// Six fs.readFile calls at once: with a threadpool of 4 every one still completes; each
// callback runs in a poll phase, after the synchronous code and before a later immediate.
const fs = require('fs');
let done = 0;
console.log('UV_THREADPOOL_SIZE:', process.env.UV_THREADPOOL_SIZE);
for (let i = 0; i < 6; i++) {
  fs.readFile(__filename, (err, data) => {
    done++;
    if (done === 6) {
      console.log('all 6 done, same length:', data.length === fs.statSync(__filename).size);
      setImmediate(() => console.log('immediate after the last callback'));
      process.nextTick(() => console.log('tick after the last callback'));
    }
  });
}
console.log('sync code first, done =', done);
