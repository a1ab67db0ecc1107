const EventEmitter = require('events');

const e = new EventEmitter();
const bad = [undefined, null, 1, 'str', 'a-long-string-value-more-than-28-chars', {}, [], new Map(), Object.create(null), true, Symbol('s'), 10n];
for (const v of bad) {
  for (const m of ['on', 'once', 'prependListener', 'removeListener']) {
    try {
      e[m]('x', v);
      console.log(m, 'accepted');
    } catch (err) {
      if (m === 'on') console.log(err.name, err.code, err.message);
    }
  }
}
console.log('events count', e.listenerCount('x'));
