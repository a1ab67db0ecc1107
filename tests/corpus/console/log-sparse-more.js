const a = [1, , 3]; console.log(a);
console.log(new Array(5));
const b = []; b[10] = 'x'; console.log(b);
const c = [1, 2, 3]; delete c[1]; console.log(c);
const d = [, , 1, , , ]; console.log(d);
console.log([undefined, , null]);
const e = [1, 2]; e.foo = 'bar'; console.log(e);
const f = new Array(3); f.extra = true; console.log(f);
const g = []; g[150] = 1; g[0] = 0; console.log(g);
