import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyrightSource, isDebrisLine, portalTagSource } from './debris.js';

test('navigation and share bars are debris', () => {
  assert.equal(isDebrisLine('Back To Top'), true);
  assert.equal(isDebrisLine('Facebook | Twitter | Email | Print'), true);
  assert.equal(isDebrisLine('Share this article'), true);
  assert.equal(isDebrisLine('Related Articles'), true);
});

test('cookie notices and copyright lines are debris', () => {
  assert.equal(isDebrisLine('We use cookies to give you a better experience. By continuing you accept our cookie policy.'), true);
  assert.equal(isDebrisLine('© 2021 Daily Courier. All rights reserved.'), true);
});

test('article sentences are not debris', () => {
  assert.equal(isDebrisLine('The envoys spoke by phone on Wednesday.'), false);
  assert.equal(isDebrisLine('Read the full statement below, the ministry said.'), false);
});

test('portal tag gives the outlet', () => {
  assert.equal(portalTagSource('Daily Courier naver12'), 'Daily Courier');
  assert.equal(portalTagSource('The talks resumed.'), null);
});

test('copyright line gives the outlet', () => {
  assert.equal(copyrightSource('Copyright (c) 2021 Seoul Times Co. All rights reserved.'), 'Seoul Times');
  assert.equal(copyrightSource('© The Daily Courier'), 'Daily Courier');
});
