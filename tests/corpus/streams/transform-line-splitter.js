// A line splitter Transform keeps the partial last line until more data or flush.
const { Transform, Readable } = require('stream');
class LineSplitter extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.tail = '';
  }
  _transform(chunk, enc, cb) {
    const lines = (this.tail + chunk).split('\n');
    this.tail = lines.pop();
    console.log('transform got', JSON.stringify(String(chunk)), 'keeping', JSON.stringify(this.tail));
    for (const line of lines) this.push(line);
    cb();
  }
  _flush(cb) {
    console.log('flush with', JSON.stringify(this.tail));
    if (this.tail) this.push(this.tail);
    cb();
  }
}
const src = Readable.from(['first li', 'ne\nsecond\nthi', 'rd\n\nfif', 'th'], { objectMode: false });
src.pipe(new LineSplitter())
  .on('data', (line) => console.log('line', JSON.stringify(line)))
  .on('end', () => console.log('end'));
