// Pausing from inside a 'data' handler stops the flow immediately.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
for (let i = 1; i <= 5; i++) r.push(`c${i}`);
r.push(null);
r.on('data', (d) => {
  console.log('data', String(d), 'buffered', r.readableLength);
  if (String(d) === 'c2') {
    r.pause();
    console.log('paused; isPaused', r.isPaused());
    setImmediate(() => {
      console.log('resuming');
      r.resume();
    });
  }
});
r.on('end', () => console.log('end'));
