// Each process event listener sees the same arguments; listeners run in registration order.
process.on('exit', (c) => console.log('A', c));
process.prependListener('exit', (c) => console.log('B (prepended)', c));
process.once('exit', (c) => console.log('C (once)', c));
console.log('listenerCount(exit):', process.listenerCount('exit'));
process.exitCode = 0;
