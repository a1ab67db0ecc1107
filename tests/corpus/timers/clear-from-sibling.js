// A timer can clear another timer that is due in the same timers phase.
let b;
setTimeout(() => { console.log('A clears B'); clearTimeout(b); }, 1);
b = setTimeout(() => console.log('B (must not print)'), 1);
setTimeout(() => console.log('C'), 1);
const s = Date.now();
while (Date.now() - s < 10) {}
