// An unref'd timer does not keep the process alive.
const t = setTimeout(() => console.log('unref timer (must not print)'), 100);
t.unref();
setTimeout(() => console.log('short ref timer'), 5);
process.on('exit', () => console.log('exit'));
