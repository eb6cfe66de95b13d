// Seed pages: every seed gets highlights; the figure sentences the database quotes are
// `agrees` with their record; differs.html is all `differs`; page text is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForMarks, settle, bundledClaims, overlaps, norm, extensionErrors, useSeedSessions } from './harness.mjs';
import { DIFFERS } from '../../scripts/seed-pages.mjs';

const env = useSeedSessions({ plain: true });

const claims = bundledClaims();

for (const seed of ['000', '001', '002', '003', '004']) {
  test(`seed ${seed}: highlighted, and its quoted figures agree with their record`, async () => {
    const { file, seed: name } = env.seeds.pages.find((p) => p.seed?.startsWith(seed));
    const page = await env.s.openPage(file);
    await waitForMarks(page, 1);
    const marks = await settle(page);
    const problems = [];
    for (const record of claims) {
      for (const st of record.statements) {
        if (st.source !== name || !st.figure) continue;
        const hits = marks.filter((m) => overlaps(m.text, st.quote));
        // Every record quoting this sentence with a figure is a right answer.
        const ids = claims.filter((r) => r.statements.some((x) => x.figure && hits.some((m) => overlaps(m.text, x.quote)))).map((r) => r.id);
        if (!hits.length) problems.push(`not highlighted: "${st.quote}"`);
        else if (!hits.some((m) => m.verdict === 'agrees' && ids.includes(m.claimId))) {
          problems.push(`"${st.quote}" is ${hits.map((m) => `${m.verdict}/${m.claimId}`).join(', ')}; want agrees/${record.id}`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(extensionErrors(env.s.errors.filter((e) => e.page === page)).map((e) => e.text), []);
    await page.close();
  });
}

test('the Pentagon 10,000 sentence agrees with the deployed-troops record', async () => {
  const page = await env.s.openPage('000_43f53078eb556458.html');
  await waitForMarks(page, 1);
  const marks = await settle(page);
  const pentagon = marks.find((m) => /Pentagon/.test(m.text) && /10,000/.test(m.text));
  assert.ok(pentagon, `no highlight on the Pentagon sentence; highlights: ${marks.map((m) => m.text.slice(0, 50)).join(' | ')}`);
  const record = claims.find((r) => r.id === pentagon.claimId);
  assert.equal(pentagon.verdict, 'agrees');
  assert.ok(record?.statements.some((st) => st.figure?.value === 10000 && /Pentagon/.test(st.quote)), `record ${pentagon.claimId} does not hold the Pentagon's 10,000`);
  await page.close();
});

test('differs.html: each changed figure is highlighted as differs, nothing else', async () => {
  const page = await env.s.openPage('differs.html');
  await waitForMarks(page, 1);
  const marks = await settle(page);
  for (const sentence of DIFFERS) {
    const hit = marks.filter((m) => overlaps(m.text, sentence));
    assert.ok(hit.length, `not highlighted: ${sentence}`);
    assert.ok(hit.every((m) => m.verdict === 'differs' && m.claimId), `${sentence}: ${hit.map((m) => `${m.verdict}/${m.claimId}`)}`);
  }
  assert.deepEqual(marks.filter((m) => m.verdict !== 'differs').map((m) => m.text), []);
  await page.close();
});

test('page text is identical with and without the extension on every seed page', async () => {
  for (const { file } of env.seeds.pages) {
    const [a, b] = await Promise.all([env.s.openPage(file), env.plain.openPage(file)]);
    await waitForMarks(a, 1);
    await settle(a);
    const [ta, tb] = await Promise.all([a, b].map((p) => p.evaluate(() => document.body.innerText)));
    assert.ok(norm(tb).length > 200);
    assert.equal(ta, tb, `${file}: innerText changed`);
    await Promise.all([a.close(), b.close()]);
  }
});
