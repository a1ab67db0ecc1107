class Point {
  #secret = 42;
  static origin = 'zero';
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.hypot(this.x, this.y); }
}
console.log(new Point(3, 4));
console.log([new Point(1, 2)]);
console.log({ p: new Point(0, 0) });
console.log(Point);
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new Tagged());
class T2 { constructor() { this.a = 1; } }
Object.defineProperty(T2.prototype, Symbol.toStringTag, { value: 'Tg' });
console.log(new T2());
const np = Object.create(null); np.a = 1; np.b = { c: 2 };
console.log(np);
console.log(Object.create(null));
class Empty {}
console.log(new Empty());
class Sub extends Point { constructor() { super(5, 6); this.z = 7; } }
console.log(new Sub());
console.log(Sub);
const anon = new (class {})();
console.log(anon);
function Old(n) { this.n = n; }
console.log(new Old(3));
const o = Object.create({ inherited: 1 }); o.own = 2;
console.log(o);
class Animal { static count = 3; static make() {} }
console.log(Animal, { Animal });
class WithToStr { toString() { return 'x'; } }
console.log(`${new WithToStr()}`, new WithToStr());
