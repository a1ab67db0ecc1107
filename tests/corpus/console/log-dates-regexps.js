console.log(new Date(0));
console.log(new Date('invalid'));
console.log({ d: new Date(86400000) }, [new Date(1e12)]);
const d = new Date(0); d.prop = 1; console.log(d);
console.log(/ab+c/gi, [/x/], { r: /\d+\/y/m });
const r = /a/; r.extra = 2; console.log(r);
console.log(String(new Date(0)), new Date(0).toString());
console.log(`${/re/}`);
class MyDate extends Date {}
console.log(new MyDate(0));
class MyRe extends RegExp {}
console.log(new MyRe('x', 'g'));
console.log(new RegExp('/', 'y'));
console.log(new Date(8.64e15), new Date(-1));
