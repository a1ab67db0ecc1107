// URLSearchParams: the mutating and reading methods.
const p = new URLSearchParams('a=1&b=2&a=3');
p.append('c', 'x y');
console.log(p.toString(), p.size);
console.log(p.get('a'), p.getAll('a'), p.has('b'), p.has('z'), p.has('a', '3'), p.has('a', '9'));
p.set('a', 'only');
console.log(p.toString());
p.delete('b');
console.log(p.toString());
p.append('c', 'z');
p.delete('c', 'z');
console.log(p.toString());
p.append('b', '0'); p.append('aa', '9'); p.append('A', 'upper');
p.sort();
console.log(p.toString(), p.size);
p.forEach(function (value, key, params) { console.log(key, value, params === p, this.tag); }, { tag: 'T' });
