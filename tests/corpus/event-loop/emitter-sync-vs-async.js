// EventEmitter.emit is synchronous; deferring it with nextTick lets listeners attach first.
const { EventEmitter } = require('events');
class Job extends EventEmitter {
  constructor(deferred) {
    super();
    if (deferred) process.nextTick(() => this.emit('start', 'deferred'));
    else this.emit('start', 'sync (lost)');
  }
}
new Job(false).on('start', (how) => console.log('never:', how));
new Job(true).on('start', (how) => console.log('got start:', how));
console.log('listeners attached');
