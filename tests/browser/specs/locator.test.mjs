// Find my CSG in a real browser: postcode to answer to an exact call link,
// ambiguous names, bad input, and the device's position (only on a tap).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, load } from '../lib.mjs';

let b;
before(async () => { b = await open({ locale: 'nl-NL' }); });
after(async () => { await b.close(); });

async function search(text) {
  await load(b.page, b.url, '/find');
  await b.page.fill('#locator-query', text);
  await b.page.locator('.locator-form button[type=submit]').click();
}

test('postcode -> your CSG -> the call link dials 0800-0188 exactly', async () => {
  await search('5223 gz');
  const heading = b.page.locator('.result-heading');
  await heading.waitFor();
  assert.match(await heading.innerText(), /CSG Oost-Brabant/);
  assert.equal(await b.page.locator('.result .action-big').getAttribute('href'), 'tel:08000188');
  assert.match(await b.page.locator('.result .call-first').innerText(), /Bel eerst/);
  assert.equal(await b.page.locator('.nl-map .marker-you').count(), 1);
});

test('an unverified region names no CSG, only the national number', async () => {
  await search('Den Haag');
  await b.page.locator('.result-heading').waitFor();
  assert.match(await b.page.locator('.result-heading').innerText(), /0800-0188/);
  assert.equal(await b.page.locator('.result .locations').count(), 0);
  assert.doesNotMatch(await b.page.locator('.result').innerText(), /CSG [A-Z]/);
});

test('an ambiguous town asks which one, then answers', async () => {
  await search('Emmen');
  await b.page.locator('.choice').first().waitFor();
  const labels = await b.page.locator('.choice').allInnerTexts();
  assert.ok(labels.some((l) => l.includes('Dalfsen')), labels.join('|'));
  await b.page.locator('.choice', { hasText: 'gemeente Emmen' }).click();
  await b.page.locator('.result-heading').waitFor();
  assert.match(await b.page.locator('.result-heading').innerText(), /Groningen\/Drenthe/);
});

test('bad input gets a clear message and keeps the call button', async () => {
  for (const [input, expected] of [['99999', /4 cijfers/], ['0000', /4 cijfers/], ['', /Vul een postcode/], ['zzqqxxyyww', /geen plaats/]]) {
    await search(input);
    await b.page.locator('.message').waitFor();
    assert.match(await b.page.locator('.message').innerText(), expected, input);
    assert.equal(await b.page.locator('.action-big').getAttribute('href'), 'tel:08000188');
  }
});

test('my location is used only after a tap, and a refusal is explained', async () => {
  await b.context.grantPermissions(['geolocation'], { origin: b.url });
  await b.context.setGeolocation({ latitude: 50.834, longitude: 5.713 });
  await load(b.page, b.url, '/find');
  assert.equal(await b.page.locator('.result').count(), 0, 'nothing is looked up before the tap');
  await b.page.locator('.use-location').click();
  await b.page.locator('.result-heading').waitFor();
  assert.match(await b.page.locator('.result-heading').innerText(), /CSG Limburg/);

  await b.context.clearPermissions();
  await load(b.page, b.url, '/find');
  await b.page.locator('.use-location').click();
  await b.page.locator('.message').waitFor({ timeout: 20_000 });
  assert.match(await b.page.locator('.message').innerText(), /locatie/);
});
