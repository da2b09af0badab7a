/**
 * Issue 16: a saved checkpoint that fails its checks is dropped with a one-line notice and
 * never played, on the home page and in the player. No uncaught page error either way.
 */
import { expect, test, type Page } from './fixtures';
import { open, openPlayer, prepareWithClock, storedCheckpointMs } from './helpers';

const NOTICE = /could not be resumed: its saved place was damaged/;

/** Changes the stored checkpoint in place (as a buggy build or a hand-edited database might). */
async function damageCheckpoint(page: Page, change: Record<string, unknown>) {
	await page.evaluate(
		(change) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('backbeat');
				request.onerror = () => reject(new Error('no database'));
				request.onsuccess = () => {
					const db = request.result;
					const store = db.transaction('active', 'readwrite').objectStore('active');
					const get = store.get('current');
					get.onsuccess = () => {
						const record = get.result as Record<string, unknown> & { snapshot: object };
						const { snapshot, ...rest } = change;
						const put = store.put(
							{ ...record, ...rest, snapshot: { ...record.snapshot, ...(snapshot as object) } },
							'current'
						);
						put.onsuccess = () => {
							db.close();
							resolve();
						};
					};
				};
			}),
		change
	);
}

let errors: Error[] = [];

test.beforeEach(async ({ page }) => {
	errors = [];
	page.on('pageerror', (error) => errors.push(error));
	await prepareWithClock(page);
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	await page.clock.runFor(5500);
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000);
	await page.getByTestId('pause-resume').click();
	await expect.poll(() => storedCheckpointMs(page)).toBeGreaterThan(0);
});

test.afterEach(() => {
	expect(errors).toEqual([]);
});

test('the player drops a checkpoint whose snapshot is impossible, with a notice', async ({
	page
}) => {
	await damageCheckpoint(page, { snapshot: { status: 'finished' } });
	await open(page, '/play/pelvic-tilts');
	const ready = page.getByTestId('ready');
	await expect(ready).toBeVisible();
	await expect(ready.getByRole('status')).toHaveText(NOTICE);
	await expect(page.getByTestId('resume-offer')).toHaveCount(0);
	await expect.poll(() => storedCheckpointMs(page)).toBe(-1);
});

test('the home page drops an inconsistent checkpoint, with a notice', async ({ page }) => {
	await damageCheckpoint(page, { stepIndex: 99 });
	await open(page, '/');
	await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
	await expect(page.getByTestId('resume-banner')).toHaveCount(0);
	await expect.poll(() => storedCheckpointMs(page)).toBe(-1);
});
