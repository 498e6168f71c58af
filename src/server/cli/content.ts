// Content packs from the command line: npm run content -- export|import|publish|versions <area> …
// Uses the same DATA_DIR / DATABASE_URL as the server. The embedded database needs the server stopped.
import { join } from 'node:path';
import { readConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { parsePackFiles } from '../../shared/pack-files';
import type { PackIssue } from '../../shared/pack-schema';
import { currentDraft, publishDraft, saveDraft } from '../content/pack-drafts';
import { readPackFolder, writePackFolder } from '../content/pack-folder';
import { seedPacks } from '../content/pack-seed';
import { currentPack, NATIONAL, PackInvalid, packVersion, packVersions } from '../content/pack-store';

const USAGE = `Usage: npm run content -- <command> <area> [folder]
  export <area> [folder] [--version N]  write the published pack to files (default src/packs/<area>) to review in Git
  import <area> <folder> [--publish]    check the files and load them into the area's draft (and publish it)
  publish <area>                        publish the area's draft as a new version
  versions <area>                       list the published versions`;

const by = () => process.env.WAYMARK_EDITOR ?? process.env.USER ?? 'command line';
const printIssues = (issues: PackIssue[]) => {
  for (const i of issues) console.error(`${i.file ?? ''}${i.path ? ` at ${i.path}` : ''}: ${i.message} (${i.rule})`);
};

async function run(args: string[]): Promise<number> {
  const [command, area, ...rest] = args;
  const folder = rest.find((a, i) => !a.startsWith('--') && rest[i - 1] !== '--version');
  if (!command || !area) {
    console.error(USAGE);
    return 2;
  }
  const db = await openDatabase(readConfig(process.env));
  try {
    await seedPacks(db);
    if (command === 'export') {
      const n = rest.indexOf('--version');
      const published = n >= 0 ? await packVersion(db, area, Number(rest[n + 1])) : await currentPack(db, area);
      if (!published) return fail(`No published pack for ${area}.`);
      for (const file of writePackFolder(folder ?? join('src/packs', area), published.pack)) console.log(file);
      console.log(`Exported ${area} version ${published.version} (published ${published.publishedAt} by ${published.publishedBy}).`);
    } else if (command === 'import') {
      if (!folder) return fail(USAGE, 2);
      const { files, issues } = readPackFolder(folder);
      const parent = area === NATIONAL ? undefined : (await currentPack(db, NATIONAL))?.pack;
      const parsed = issues.length ? { ok: false as const, issues } : parsePackFiles(files, folder, parent);
      if (!parsed.ok) return (printIssues(parsed.issues), fail('Nothing was imported.'));
      await saveDraft(db, area, parsed.pack, by());
      console.log(`Loaded ${folder} into the ${area} draft (${parsed.pack.facts.length} facts).`);
      if (rest.includes('--publish')) return await publish(area);
    } else if (command === 'publish') {
      return await publish(area);
    } else if (command === 'versions') {
      for (const v of await packVersions(db, area)) console.log(`${v.version}\t${v.publishedAt}\t${v.publishedBy}`);
    } else {
      return fail(USAGE, 2);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof PackInvalid)) throw err;
    printIssues(err.issues);
    return fail('Nothing was changed: the last published version is still served.');
  } finally {
    await db.close();
  }

  async function publish(id: string): Promise<number> {
    if (!(await currentDraft(db, id))) return fail(`No draft for ${id}: import one first.`);
    const published = (await publishDraft(db, id, by()))!;
    console.log(`Published ${id} version ${published.version}.`);
    return 0;
  }
}

function fail(message: string, code = 1): number {
  console.error(message);
  return code;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
