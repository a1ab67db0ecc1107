// Values that cannot be cloned throw a DataCloneError synchronously from postMessage.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const tries = {
  function: () => 42,
  named: function add(a, b) { return a + b; },
  symbol: Symbol('id'),
  weakmap: new WeakMap(),
  promise: Promise.resolve(1),
  nestedFn: { data: [1, { cb() {} }] },
};
for (const [label, value] of Object.entries(tries)) {
  try {
    port1.postMessage(value);
    console.log(label, 'posted');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
    console.log('  instanceof Error:', e instanceof Error, 'DOMException:', e instanceof DOMException);
  }
}
port1.close();
