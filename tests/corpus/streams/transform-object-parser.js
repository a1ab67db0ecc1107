// A Transform from bytes to objects: NDJSON parsing with readableObjectMode.
const { Transform, Readable } = require('stream');
class NDJSON extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.buf = '';
  }
  _transform(chunk, enc, cb) {
    this.buf += chunk;
    let i;
    while ((i = this.buf.indexOf('\n')) !== -1) {
      const line = this.buf.slice(0, i);
      this.buf = this.buf.slice(i + 1);
      if (!line.trim()) continue;
      try {
        this.push(JSON.parse(line));
      } catch (err) {
        return cb(new Error(`bad line: ${line}`));
      }
    }
    cb();
  }
  _flush(cb) {
    if (this.buf.trim()) this.push(JSON.parse(this.buf));
    cb();
  }
}
const p = new NDJSON();
console.log(p.readableObjectMode, p.writableObjectMode, p.readableHighWaterMark, p.writableHighWaterMark);
Readable.from(['{"id":1}\n{"id"', ':2}\n\n{"id":3}'], { objectMode: false })
  .pipe(p)
  .on('data', (obj) => console.log('object', obj))
  .on('end', () => console.log('end'));
const bad = new NDJSON();
bad.on('error', (e) => console.log('error', e.message));
bad.write('{oops}\n');
