// A promise resolved from a timer runs its reactions right after that timer, before the next timer.
let resolve;
new Promise((r) => (resolve = r)).then((v) => console.log('then', v));
setTimeout(() => { console.log('timer 1'); resolve('from timer 1'); }, 0);
setTimeout(() => console.log('timer 2'), 0);
