// require('module').builtinModules lists core modules (without the node: prefix).
const { builtinModules, isBuiltin } = require('module');
for (const m of ['fs', 'events', 'timers', 'timers/promises', 'worker_threads', 'async_hooks']) {
  console.log(m, builtinModules.includes(m));
}
console.log(typeof isBuiltin === 'function' ? [isBuiltin('fs'), isBuiltin('node:fs'), isBuiltin('nope')] : 'no isBuiltin');
