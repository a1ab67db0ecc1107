// A Timeout converts to a number id that clearTimeout accepts (and as a string, too).
const t1 = setTimeout(() => console.log('never: t1'), 10);
const t2 = setTimeout(() => console.log('never: t2'), 10);
const t3 = setTimeout(() => console.log('t3 fires'), 10);
const id1 = +t1;
const id2 = `${t2}`;
console.log(typeof id1, typeof id2, Number(id2) !== id1);
clearTimeout(id1);
clearTimeout(id2);
const ids = new Map([[+t3, 'kept in a Map by id']]);
console.log(ids.get(Number(t3)));
