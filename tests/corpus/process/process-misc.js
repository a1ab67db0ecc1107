// Stable facts about process: version strings, pid types, cwd/uptime types, process is an EventEmitter.
const EventEmitter = require('events');
console.log(process.version.startsWith('v20.'));
console.log(process.versions.node === process.version.slice(1));
console.log(typeof process.pid, Number.isInteger(process.pid));
console.log(typeof process.cwd(), typeof process.uptime());
console.log(process instanceof EventEmitter);
console.log(process.release.name);
console.log(typeof process.nextTick, typeof process.emitWarning);
