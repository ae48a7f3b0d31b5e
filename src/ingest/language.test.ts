import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './language.js';

test('English news prose is English', () => {
  const g = detectLanguage('The foreign minister said on Monday that the two countries would resume talks as soon as possible, and that they had agreed to meet in person.');
  assert.equal(g.language, 'en');
});

test('German, French and Spanish prose are told apart from English', () => {
  assert.equal(detectLanguage('Der Außenminister sagte am Montag, dass die beiden Länder die Gespräche so bald wie möglich wieder aufnehmen werden.').language, 'de');
  assert.equal(detectLanguage('Le ministre a déclaré lundi que les deux pays reprendraient les discussions dans les plus brefs délais pour la paix.').language, 'fr');
  assert.equal(detectLanguage('El ministro dijo el lunes que los dos países reanudarían las conversaciones lo antes posible para la paz de la región.').language, 'es');
});

test('Korean and Russian are recognised by script', () => {
  assert.equal(detectLanguage('외교부는 수요일 양국 북핵 수석대표가 전화 통화를 했다고 밝혔다. 대화 재개의 필요성을 강조했다.').language, 'ko');
  assert.equal(detectLanguage('Министр иностранных дел заявил в понедельник, что обе страны возобновят переговоры.').language, 'ru');
});

test('a Korean name inside English prose keeps it English', () => {
  assert.equal(detectLanguage('Lee Do-hoon (이도훈) met his counterpart in Washington on Wednesday and the two discussed the situation on the peninsula at length.').language, 'en');
});

test('too little text gives no guess', () => {
  assert.equal(detectLanguage('Seoul').language, null);
});
