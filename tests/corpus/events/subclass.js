const EventEmitter = require('events');
const util = require('util');

class Job extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
  }
  run() {
    this.emit('start', this.name);
    process.nextTick(() => this.emit('done', this.name));
  }
}
const j = new Job('build');
j.on('start', (n) => console.log('start', n));
j.on('done', function (n) { console.log('done', n, this instanceof Job); });
j.run();
console.log('ran synchronously up to start');

function Legacy() {
  EventEmitter.call(this);
  this.kind = 'legacy';
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('ping', function () { console.log('legacy ping', this.kind); });
l.emit('ping');
console.log(l instanceof EventEmitter, Object.keys(l));
console.log('maxListeners on instance', l._maxListeners, l._eventsCount);

const o = Object.create(EventEmitter.prototype);
o.on('bare', () => console.log('object created from prototype works'));
o.emit('bare');
