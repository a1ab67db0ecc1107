// clearTimeout clears an interval, clearInterval clears a timeout.
const iv = setInterval(() => console.log('interval (must not print)'), 1);
const t = setTimeout(() => console.log('timeout (must not print)'), 1);
clearTimeout(iv);
clearInterval(t);
setTimeout(() => console.log('done'), 10);
