// An error passed to final's callback: 'error', no 'finish', then 'close'.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) {
    console.log('final called');
    setTimeout(() => cb(new Error('flush to disk failed')), 1);
  },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('error', (e) => console.log('error', e.message, w.writableFinished));
w.on('close', () => console.log('close', w.destroyed));
w.end('data', (err) => console.log('end callback', err && err.message));
