// _construct delays _read/_write until its callback runs.
const { Readable, Writable, Duplex } = require('stream');

const r = new Readable({
  construct(cb) {
    console.log('r construct');
    setImmediate(() => {
      console.log('r construct done');
      cb();
    });
  },
  read() {
    console.log('r _read');
    this.push('data');
    this.push(null);
  },
});
r.on('data', (d) => console.log('r data', String(d)));
r.on('end', () => console.log('r end'));

const w = new Writable({
  construct(cb) {
    console.log('w construct');
    setImmediate(cb);
  },
  write(chunk, enc, cb) {
    console.log('w _write', String(chunk));
    cb();
  },
});
console.log('w write before construct ->', w.write('early'), 'length', w.writableLength);
w.end('last');
w.on('finish', () => console.log('w finish'));

const bad = new Writable({
  construct(cb) {
    cb(new Error('cannot construct'));
  },
  write(c, e, cb) { cb(); },
});
bad.on('error', (err) => console.log('bad error', err.message));
bad.on('close', () => console.log('bad close'));

const d = new Duplex({
  construct(cb) { console.log('d construct'); cb(); },
  read() { this.push(null); },
  write(c, e, cb) { cb(); },
});
d.destroy();
d.on('close', () => console.log('d close', d.destroyed));
