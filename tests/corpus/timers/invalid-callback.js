// Timer functions throw ERR_INVALID_ARG_TYPE synchronously for a non-function callback.
for (const [name, fn] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
  try {
    fn('not a function', 1);
  } catch (e) {
    console.log(name, e.name, e.code);
  }
}
try { process.nextTick(42); } catch (e) { console.log('nextTick', e.code); }
try { queueMicrotask(null); } catch (e) { console.log('queueMicrotask', e.code); }
