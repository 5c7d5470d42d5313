// dist/model/arrays.js
/**
* Appends `items` to `target` one by one and returns `target`.
* `target.push(...items)` passes every item as an argument, and past about
* 100,000 of them V8 throws RangeError: one hostile cell of 200,000 commas,
* or a decree of 200,000 repeated clauses, reached that (issue 8).
*/
function pushAll(target, items) {
	for (const item of items) target.push(item);
	return target;
}
export { pushAll as t };
