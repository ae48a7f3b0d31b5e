import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineNames, contactByline, deglue, namesFrom } from './byline.js';

test('a cut-off byline gives the name only', () => {
  assert.equal(bylineNames('By Park Ji-won ('), 'Park Ji-won');
});

test('several authors and a trailing role', () => {
  assert.equal(bylineNames('By Jane Doe and John Roe, Staff Writers'), 'Jane Doe, John Roe');
  assert.equal(bylineNames('By Maria de la Cruz | Updated March 3, 2021'), 'Maria de la Cruz');
});

test('a word starting with "By" is not a byline', () => {
  assert.equal(bylineNames('Byzantine art returns to the museum'), null);
  assert.equal(bylineNames('By the end of the year, prices rose.'), null);
});

test('an e-mail in brackets closes a bare-name byline', () => {
  assert.equal(contactByline('Kim Min-ji (mjkim@example.com)'), 'Kim Min-ji');
  assert.equal(contactByline('The ministry said (see statement@example.com)'), null);
  assert.equal(namesFrom("Sean O'Brien - Reuters"), "Sean O'Brien");
});

test('what follows the names on a byline line ends them', () => {
  assert.equal(namesFrom('Jane Doe December 2, 2025'), 'Jane Doe');
  assert.equal(namesFrom('J. R. Doe View In Digital Edition'), 'J. R. Doe');
  assert.equal(namesFrom('Jane Doe in Harbour News'), 'Jane Doe');
  assert.equal(namesFrom('JaneDoe on Friday March 4, 2021 @08:00PM'), 'JaneDoe');
});

test('teams credited by name, and glued bylines', () => {
  assert.equal(namesFrom('the Ledger Team 2–3 minutes'), 'the Ledger Team');
  assert.equal(namesFrom('Harbour Staff'), 'Harbour Staff');
  assert.equal(bylineNames('By Senior Staff'), null); // a role, not a team's name
  assert.equal(namesFrom('our engineering team'), null); // lower case: words, not a team's name
  assert.equal(deglue('ByJane DoePublished March 4, 2021'), 'By Jane Doe Published March 4, 2021');
  assert.equal(deglue('Byron McDonald'), 'Byron McDonald');
});
