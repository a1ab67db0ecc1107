// Pre-class subclassing: util.inherits + Readable.call(this).
const { Readable, Writable } = require('stream');
const util = require('util');

function Counter(limit, options) {
  if (!(this instanceof Counter)) return new Counter(limit, options);
  Readable.call(this, options);
  this.n = 0;
  this.limit = limit;
}
util.inherits(Counter, Readable);
Counter.prototype._read = function () {
  this.n++;
  this.push(this.n > this.limit ? null : String(this.n));
};

function Collector() {
  Writable.call(this, { decodeStrings: false });
  this.items = [];
}
util.inherits(Collector, Writable);
Collector.prototype._write = function (chunk, enc, cb) {
  this.items.push(`${chunk}`);
  cb();
};

const c = Counter(3);
const out = new Collector();
console.log(c instanceof Readable, out instanceof Writable, c.constructor.name);
c.pipe(out).on('finish', () => console.log('collected', out.items));
