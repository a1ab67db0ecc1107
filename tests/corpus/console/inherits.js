// util.inherits sets up prototype chains for constructor functions.
const util = require('util');
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function speak() {
  return `${this.name} makes a sound`;
};
function Dog(name) {
  Animal.call(this, name);
}
util.inherits(Dog, Animal);
Dog.prototype.bark = function bark() {
  return `${this.name} barks`;
};
const d = new Dog('Rex');
console.log(d.speak(), '/', d.bark());
console.log(d instanceof Animal, Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(d);
console.log(Object.keys(Dog), Object.getOwnPropertyNames(Dog).includes('super_'));
