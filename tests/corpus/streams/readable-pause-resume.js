// pause()/resume() events, isPaused() and readableFlowing through the states.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const show = (label) => console.log(label, 'flowing', r.readableFlowing, 'isPaused', r.isPaused());
r.on('pause', () => console.log('event pause'));
r.on('resume', () => console.log('event resume'));
show('initial');
r.pause();
show('after pause');
r.on('data', (d) => console.log('data', String(d)));
show('after on(data) while paused');
r.push('one');
r.resume();
show('after resume');
process.nextTick(() => {
  show('tick');
  r.pause();
  r.pause();
  show('paused twice');
  r.push('two');
  r.push('three');
  setImmediate(() => {
    console.log('buffered while paused', r.readableLength);
    r.resume();
    r.resume();
    setImmediate(() => {
      r.push(null);
      r.on('end', () => show('end'));
    });
  });
});
