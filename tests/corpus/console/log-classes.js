// Class instances show their class name; classes print as [class X].
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Point3D extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
class Empty {}
console.log(new Point(1, 2), new Point3D(1, 2, 3), new Empty());
console.log(Point, Point3D, class {}, class Named extends Point {});
console.log([new Point(0, 0), new Point(1, 1)]);
console.log({ origin: new Point(0, 0) });
const bare = Object.create(null);
console.log(bare);
bare.key = 'value';
console.log(bare);
function Legacy() {
  this.old = true;
}
console.log(new Legacy());
class Tagged {
  get [Symbol.toStringTag]() {
    return 'CustomTag';
  }
}
console.log(new Tagged());
class WithStatic {
  static count = 2;
}
console.log(WithStatic);
