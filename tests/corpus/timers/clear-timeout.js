// clearTimeout cancels a pending timer; clearing twice or clearing junk is harmless.
const t = setTimeout(() => console.log('cancelled (must not print)'), 5);
clearTimeout(t);
clearTimeout(t);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
setTimeout(() => console.log('kept'), 10);
