// Node's own errors carry a code: ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_BUILTIN_MODULE, MODULE_NOT_FOUND, ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
const tries = [
  () => require('fs').readFile(123),
  () => require('node:definitely-not-a-module'),
  () => require('definitely-not-a-module-nodescope'),
  () => new EventEmitter().emit('error', 'not an Error'),
  () => Buffer.alloc(-1),
  () => setTimeout(null),
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code);
  }
}
