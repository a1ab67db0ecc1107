// Class instances lose their prototype: methods and getters are gone, own data stays.
const { MessageChannel } = require('worker_threads');
class Point {
  #secret = 'hidden';
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
const { port1, port2 } = new MessageChannel();
port2.once('message', (p) => {
  console.log(p);
  console.log('instanceof Point:', p instanceof Point);
  console.log('constructor:', p.constructor.name);
  console.log('length getter:', p.length);
  console.log('String(p):', String(p));
  port2.close();
});
const p = new Point(3, 4);
console.log('before:', String(p), p.length);
port1.postMessage(p);
