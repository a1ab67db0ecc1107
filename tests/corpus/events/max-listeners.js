const EventEmitter = require('events');

process.emitWarning = (w) => {
  console.log('warning:', w.name, '|', w.message, '|', w.count, String(w.type), w.emitter instanceof EventEmitter);
};

const e = new EventEmitter();
console.log('default', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
for (let i = 0; i < 12; i++) e.on('many', () => {});
console.log('added 12; warned once');
e.setMaxListeners(2);
e.on('few', () => {});
e.on('few', () => {});
console.log('no warning at the limit');
e.on('few', () => {});
e.on('few', () => {});
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.on(Symbol('sym'), () => {});
const s = Symbol('shared');
c.on(s, () => {});
c.on(s, () => {});
console.log('zero means unlimited');
const z = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('a', () => {});
console.log('getMaxListeners', z.getMaxListeners(), EventEmitter.getMaxListeners(c));
for (const bad of [-1, NaN, 'x']) {
  try {
    e.setMaxListeners(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    EventEmitter.defaultMaxListeners = bad;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
d.on('q', () => {});
d.on('q', () => {});
EventEmitter.defaultMaxListeners = 10;
EventEmitter.setMaxListeners(3, d);
console.log('static setMaxListeners', d.getMaxListeners());
