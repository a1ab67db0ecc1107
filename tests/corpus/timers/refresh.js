// refresh() restarts a timer's countdown from now, keeping its callback.
const start = Date.now();
const order = [];
const t = setTimeout(() => order.push('A'), 100);
setTimeout(() => { t.refresh(); order.push('refresh'); }, 60);
setTimeout(() => order.push('B (130ms)'), 130);
setTimeout(() => console.log(order.join(' -> ')), 250);
