import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyrightSource, isDateStamp, isDebrisLine, isPromoLine, portalTagSource } from './debris.js';

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

test('calls to subscribe, follow and share, and affiliate notices are promotion', () => {
  assert.equal(isPromoLine('Subscribe to the Morning Review newsletter'), true);
  assert.equal(isPromoLine("Get the day's top headlines delivered to your inbox every morning."), true);
  assert.equal(isPromoLine("There's plenty more where that came from. Sign up for The Daily Brief to get the free newsletter delivered to your inbox daily."), true);
  assert.equal(isPromoLine('Follow The New York Times Opinion section on Facebook, Twitter and Instagram.'), true);
  assert.equal(isPromoLine('Like this story? Share it with a friend!'), true);
  assert.equal(isPromoLine('This post may contain affiliate and/or referral links.'), true);
  assert.equal(isPromoLine('This slideshow requires JavaScript.'), true);
});

test('sentences that mention newsletters or following are not promotion', () => {
  assert.equal(isPromoLine('The senator said she would follow the money wherever it led.'), false);
  assert.equal(
    isPromoLine('If a breakthrough is published on a blog I have never heard of, or mentioned in a newsletter I am not subscribed to, I miss it completely.'),
    false,
  );
});

test('a date or time alone is a stamp; a sentence or a bare number is not', () => {
  assert.equal(isDateStamp('Updated 10:01 pm PST, Tuesday, November 19, 2019'), true);
  assert.equal(isDateStamp('19 Nov 2019 05:44 GMT'), true);
  assert.equal(isDateStamp('The talks resumed on 20 November.'), false);
  assert.equal(isDateStamp('2024'), false);
});

test('appeals for support, commission notices and paywall banners are promo lines', () => {
  for (const line of [
    'When you shop through our links, the Gazette may earn a small commission.',
    'Purchases made through links on this page help fund our reviews.',
    'Prices are accurate as of the morning this guide went live.',
    'If you enjoyed this story, please consider a gift to keep our newsroom going.',
    'Enjoyed this article? Tell a friend about us.',
    'Before you go, we have one small favour to ask of our readers.',
    'Sharing is caring!',
    'This story is exclusive to Herald+ subscribers',
  ]) assert.equal(isPromoLine(line), true, line);
  for (const line of [
    'The regulator said the firm may earn a commission of up to 3% on every sale it arranges.',
    'Hospital staff said they need your help less than the government claims.',
    'If you enjoyed the first film, the sequel will disappoint you, the critic wrote.',
  ]) assert.equal(isPromoLine(line), false, line);
});
