import type { MethodCall } from '../context';
import { okReply, type Reply } from '../protocol';

/** The Ping family answers the bare envelope; the auth level (checked before) is the whole test. */
export const ping = (_call: MethodCall): Reply => okReply();
