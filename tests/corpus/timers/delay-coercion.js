// Delays that are not numbers in [1, 2^31-1] become 1; numeric strings are converted.
const order = [];
setTimeout(() => order.push('neg'), -1);
setTimeout(() => order.push('nan'), NaN);
setTimeout(() => order.push('undef'), undefined);
setTimeout(() => order.push('null'), null);
setTimeout(() => order.push('str10'), '10');
setTimeout(() => order.push('5'), 5);
setTimeout(() => order.push('strabc'), 'abc');
setTimeout(() => order.push('true'), true);
setTimeout(() => order.push('1.7'), 1.7);
setTimeout(() => console.log(order.join(' ')), 50);
