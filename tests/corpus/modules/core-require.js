// Core modules load with and without the node: prefix and are the same objects.
for (const name of ['fs', 'events', 'timers', 'util', 'path', 'buffer', 'stream', 'string_decoder', 'async_hooks', 'worker_threads', 'os', 'assert']) {
  console.log(name, require(name) === require('node:' + name), typeof require(name));
}
