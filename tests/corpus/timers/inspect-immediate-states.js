// An Immediate's inspected fields: queued after another, cleared, running, done, unref'd.
const util = require('util');
const show = (label, v) => console.log(label, util.inspect(v, { depth: 0, breakLength: Infinity })
  .replace(/\[Symbol\(asyncId\)\]: \d+/, '[Symbol(asyncId)]: N')
  .replace(/\[Symbol\(triggerId\)\]: \d+/, '[Symbol(triggerId)]: N'));
const first = setImmediate(function first() {
  show('running:', first);
});
const second = setImmediate(function second() {});
const third = setImmediate(function third() {});
show('first:', first);
show('second:', second);
clearImmediate(second);
show('second cleared:', second);
show('third:', third);
third.unref();
show('third unref:', third);
setTimeout(() => show('first done:', first), 5);
