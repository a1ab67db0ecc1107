// A Timeout converts to a numeric id; clearTimeout accepts that id.
const t = setTimeout(() => console.log('must not print'), 5);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0);
console.log(`${t}` === String(id));
clearTimeout(id);
setTimeout(() => console.log('end'), 10);
