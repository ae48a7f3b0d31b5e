import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineNames, contactByline, namesFrom } from './byline.js';

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
