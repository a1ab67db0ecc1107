// With no 'unhandledRejection' listener the default mode (throw) kills the process with
// exit code 1 after the microtasks drained; the timer never fires.
setTimeout(() => console.log('never printed'), 10);
Promise.reject(new Error('nobody handles me'));
Promise.resolve().then(() => console.log('microtasks still run first'));
process.on('exit', (code) => console.log('exit code', code));
