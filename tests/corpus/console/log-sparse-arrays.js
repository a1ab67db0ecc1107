// Holes in arrays print as <N empty items>.
console.log([1, , 3]); // eslint-disable-line no-sparse-arrays
console.log(new Array(5));
const a = [];
a[3] = 'x';
a[10] = 'y';
console.log(a);
const b = new Array(3);
b.extra = 'prop';
console.log(b);
const c = [1, 2, 3];
delete c[1];
console.log(c, c.length);
const big = new Array(300);
big[150] = 'middle';
console.log(big);
