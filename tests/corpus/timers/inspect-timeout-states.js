// A Timeout's inspected fields through its life: pending, two in one list, fired, cleared,
// an interval, and after it was converted to a primitive.
const util = require('util');
const show = (label, t) => console.log(label, util.inspect(t, { breakLength: Infinity })
  .replace(/_idleStart: \d+/, '_idleStart: N')
  .replace(/: \d+(\s*\})$/, ': N$1')
  .replace(/\[Symbol\(asyncId\)\]: \d+/, '[Symbol(asyncId)]: N'));
const a = setTimeout(() => {}, 100);
const b = setTimeout(() => {}, 100);
show('a:', a);
show('b:', b);
clearTimeout(a);
show('a cleared:', a);
const iv = setInterval(() => {}, 30);
show('interval:', iv);
clearInterval(iv);
const p = setTimeout(() => {}, 10);
+p;
show('primitive:', p);
const fired = setTimeout(() => {
  show('fired (inside):', fired);
  setImmediate(() => show('fired (after):', fired));
}, 5);
b.unref();
show('b unref:', b);
