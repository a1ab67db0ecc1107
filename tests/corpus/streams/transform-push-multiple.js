// A transform that splits lines, pushing several chunks per input and keeping a remainder.
const { Transform, Readable } = require('stream');

class Lines extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.rest = '';
  }
  _transform(chunk, enc, cb) {
    const parts = (this.rest + chunk).split('\n');
    this.rest = parts.pop();
    for (const p of parts) this.push(p);
    cb();
  }
  _flush(cb) {
    if (this.rest) this.push(this.rest);
    cb();
  }
}
const src = Readable.from(['one\ntw', 'o\nthr', 'ee\n\nfour'], { objectMode: false });
const lines = new Lines();
src.pipe(lines);
lines.on('data', (l) => console.log('line', JSON.stringify(l)));
lines.on('end', () => console.log('end'));
