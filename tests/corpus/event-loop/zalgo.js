// "Don't release Zalgo": a callback that is sometimes sync and sometimes async changes the
// order; always deferring (nextTick) makes it predictable.
const cache = new Map();
function getInconsistent(key, cb) {
  if (cache.has(key)) return cb(cache.get(key));
  setTimeout(() => { cache.set(key, key.toUpperCase()); cb(cache.get(key)); }, 1);
}
function getConsistent(key, cb) {
  if (cache.has(key)) return process.nextTick(cb, cache.get(key));
  setTimeout(() => { cache.set(key, key.toUpperCase()); cb(cache.get(key)); }, 1);
}
getInconsistent('a', (v) => {
  console.log('first lookup', v);
  getInconsistent('a', (v2) => console.log('  inconsistent cached lookup', v2));
  console.log('  after inconsistent call');
  getConsistent('a', (v3) => console.log('  consistent cached lookup', v3));
  console.log('  after consistent call');
});
