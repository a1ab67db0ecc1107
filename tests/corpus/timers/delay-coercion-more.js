// More delay coercion: objects with valueOf, Infinity, -Infinity, 0.5, '  20 ', [] and [30].
const order = [];
const mk = (name, delay) => setTimeout(() => order.push(name), delay);
mk('valueOf 15', { valueOf() { return 15; } });
mk('Infinity', Infinity);
mk('-Infinity', -Infinity);
mk('0.5', 0.5);
mk("' 20 '", ' 20 ');
mk('[]', []);
mk('[30]', [30]);
mk('25', 25);
setTimeout(() => console.log(order.join(' | ')), 60);
