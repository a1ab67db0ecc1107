// unref() then ref() keeps the process alive again; hasRef reports the state; both return the timer.
const t = setTimeout(() => console.log('fired'), 5);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
