import type { AuthLevel, MethodCall } from '../context';
import type { Reply } from '../protocol';
import { PRACTICE_V11_VERSION, SMS_METHODS } from '../provisional';
import { locationsSync, practiceLocationsRetrieve } from './locations';
import { ping } from './ping';
import { practiceCreate, practiceGet, practiceList, practiceSave, practiceUpdate } from './practice';
import { smsSend, smsSendNumberList, smsSendNumberRequest } from './sms';
import { userCreate, userGet, userList, userSave, userUpdate } from './users';

export interface MethodSpec {
  /** The canonical (PascalCase) name. */
  name: string;
  auth: AuthLevel;
  /** Path versions besides the un-versioned one. */
  versions: readonly string[];
  handle(call: MethodCall): Reply;
}

const v11 = [PRACTICE_V11_VERSION] as const;

const METHODS: readonly MethodSpec[] = [
  { name: 'Ping', auth: 'none', versions: [], handle: ping },
  { name: 'PingWithApplicationAuth', auth: 'application', versions: [], handle: ping },
  { name: 'PingWithAccountAuth', auth: 'account', versions: [], handle: ping },
  { name: 'PingWithAuth', auth: 'full', versions: [], handle: ping },
  { name: 'PracticeCreate', auth: 'application', versions: v11, handle: practiceCreate },
  { name: 'PracticeUpdate', auth: 'application', versions: v11, handle: practiceUpdate },
  { name: 'PracticeSave', auth: 'application', versions: v11, handle: practiceSave },
  { name: 'PracticeGet', auth: 'application', versions: [], handle: practiceGet },
  { name: 'PracticeList', auth: 'application', versions: [], handle: practiceList },
  { name: 'LocationsSync', auth: 'account', versions: [], handle: locationsSync },
  { name: 'PracticeLocationsRetrieve', auth: 'account', versions: [], handle: practiceLocationsRetrieve },
  { name: 'UserSave', auth: 'account', versions: [], handle: userSave },
  { name: 'UserCreate', auth: 'account', versions: [], handle: userCreate },
  { name: 'UserUpdate', auth: 'account', versions: [], handle: userUpdate },
  { name: 'UserGet', auth: 'account', versions: [], handle: userGet },
  { name: 'UserList', auth: 'application', versions: [], handle: userList },
  { name: SMS_METHODS.numberList, auth: 'account', versions: [], handle: smsSendNumberList },
  { name: SMS_METHODS.numberRequest, auth: 'account', versions: [], handle: smsSendNumberRequest },
  { name: SMS_METHODS.send, auth: 'account', versions: [], handle: smsSend },
];

const BY_NAME = new Map(METHODS.map((m) => [m.name.toLowerCase(), m]));

export interface ResolvedMethod {
  spec: MethodSpec;
  version: string;
}

/** `<Method>` or `<Method>/<version>` (method names case-insensitive), or null when unknown. */
export function resolveMethod(pathAfterPrefix: string): ResolvedMethod | null {
  const parts = pathAfterPrefix.split('/');
  if (parts.length > 2 || parts[0] === undefined || parts[0] === '' || parts[1] === '') return null;
  const spec = BY_NAME.get(parts[0].toLowerCase());
  if (!spec) return null;
  const version = parts[1] ?? '';
  if (version !== '' && !spec.versions.includes(version)) return null;
  return { spec, version };
}
