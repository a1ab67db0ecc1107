// require('events') is EventEmitter itself and also has named helpers.
const events = require('events');
console.log(events === events.EventEmitter, typeof events.once, typeof events.on);
console.log(events.defaultMaxListeners);
const { EventEmitter } = require('node:events');
console.log(new EventEmitter() instanceof events);
