// The JSON Schema (data/network.schema.json) accepts the shipped files and
// rejects broken ones, so editors that use it flag the same mistakes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('data/network.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

for (const file of ['data/network.json', 'data/examples/illustrative.json']) {
  test(`${file} follows the schema`, () => {
    const ok = validate(read(file));
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  });
}

test('the schema rejects broken files, naming the place', () => {
  const cases = [
    [(d) => { d.regions[0].forces[0] = 'E2300013'; }, '/regions/0/forces/0'],
    [(d) => { d.regions[1].capabilities = { surveillance: { status: 'in place' } }; }, '/regions/1/capabilities/surveillance/status'],
    [(d) => { d.regions[2].funding = [{ year: '2020-21' }]; }, '/regions/2/funding/0/year'],
    [(d) => { d.regions[3].funding = [{ year: '2020/21', streams: [{ source: 'home-office-grant', amount: -5 }] }]; }, '/regions/3/funding/0/streams/0/amount'],
    [(d) => { d.regions[4].website = 'javascript:alert(1)'; }, '/regions/4/website'],
    [(d) => { d.regions[0].shortname = 'X'; }, '/regions/0'],
  ];
  for (const [edit, where] of cases) {
    const data = read('data/network.json');
    edit(data);
    assert.equal(validate(data), false, where);
    assert.ok(validate.errors.some((e) => e.instancePath === where), `${where}: ${JSON.stringify(validate.errors)}`);
  }
});

// That the schema's fixed lists are the validator's own is checked in Rust,
// against the validator's tables: tests/validation.rs,
// the_schema_lists_are_the_validators.
