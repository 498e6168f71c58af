// Staff accounts from the command line: npm run staff -- add|roles|reset|unlock|disable|list [name] [--role r,r] [--areas a,a]
// Uses the same DATA_DIR / DATABASE_URL as the server. The embedded database needs the server stopped.
import { readConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { RULES } from '../staff/login-throttle';
import { readAccessFlags } from '../staff/roles';
import { addStaff, disableStaff, listStaff, resetStaffPassword, setAccess, unlockStaff } from '../staff/staff-accounts';

const USAGE = `Usage: npm run staff -- <command> [name] [--role caseworker,editor,admin] [--areas sefton,stockton,national]
  add <name>      create an account and print its password once (role caseworker unless --role says otherwise)
  roles <name>    give an account new roles and areas (--role, --areas); its sessions end
  reset <name>    give an account a new password (also unlocks it)
  unlock <name>   forget the failed sign-ins that are slowing an account down
  disable <name>  stop an account signing in (the audit log keeps its name)
  list            show accounts`;

async function run(command: string | undefined, name: string | undefined, args: string[]): Promise<number> {
  if (!command || (command !== 'list' && !name)) {
    console.error(USAGE);
    return 2;
  }
  const { access, problem } = readAccessFlags(args);
  if (problem || (command === 'roles' && !access)) {
    console.error(problem ?? USAGE);
    return 2;
  }
  const db = await openDatabase(readConfig(process.env));
  try {
    if (command === 'add' || command === 'reset') {
      const password = command === 'add' ? await addStaff(db, name!, access) : await resetStaffPassword(db, name!);
      console.log(`Account: ${name}\nPassword: ${password}\nGive it to ${name} privately. It is not stored and will not be shown again.`);
    } else if (command === 'roles') {
      await setAccess(db, name!, access!, null);
      console.log(`${name} is now ${access!.roles.join(', ')}${access!.areas?.length ? ` for ${access!.areas.join(', ')}` : ''}.`);
    } else if (command === 'unlock') {
      await unlockStaff(db, name!);
      console.log(`${name} can sign in again without waiting.`);
    } else if (command === 'disable') {
      await disableStaff(db, name!);
      console.log(`${name} can no longer sign in.`);
    } else if (command === 'list') {
      for (const s of await listStaff(db)) {
        const state = s.disabled_at ? 'disabled' : s.failures >= RULES.name.free ? `slowed (${s.failures} failed sign-ins)` : 'active';
        console.log(
          `${s.name}\t${state}\t${s.roles.join(',')}\t${s.areas.join(',') || '-'}\tcreated ${s.created_at.toISOString().slice(0, 10)}`,
        );
      }
    } else {
      console.error(USAGE);
      return 2;
    }
    return 0;
  } finally {
    await db.close();
  }
}

run(process.argv[2], process.argv[3]?.startsWith('--') ? undefined : process.argv[3], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
