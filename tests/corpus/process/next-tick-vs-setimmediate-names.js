// The names are backwards: process.nextTick fires "immediately", setImmediate on a later tick.
require('fs').stat(__filename, () => {
  setImmediate(() => console.log('setImmediate: next loop iteration (check phase)'));
  process.nextTick(() => console.log('process.nextTick: right after this callback'));
  console.log('sync');
});
